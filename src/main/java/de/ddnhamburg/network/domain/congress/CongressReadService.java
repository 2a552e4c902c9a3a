package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What guests and members read of the congress: published editions (and those whose registration
 * closed), their programme by day and slot, speakers, categories with prices and places left, and
 * single sessions. A draft or archived edition is "not found" for everyone but admins, who may
 * preview it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class CongressReadService {

    private static final List<CongressStatus> PUBLIC =
            List.of(CongressStatus.PUBLISHED, CongressStatus.REGISTRATION_CLOSED);

    private final CongressRepository congresses;
    private final TicketCategoryRepository categories;
    private final CongressRoomRepository rooms;
    private final CongressSlotRepository slots;
    private final CongressSessionRepository sessions;
    private final CongressSpeakerRepository speakers;
    private final CongressSpeakerPhotoRepository photos;
    private final GroupLookup groups;
    private final CurrentUser currentUser;
    private final CongressPublicPlaces publicPlaces;
    private final Clock clock;

    CongressReadService(
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressRoomRepository rooms,
            CongressSlotRepository slots,
            CongressSessionRepository sessions,
            CongressSpeakerRepository speakers,
            CongressSpeakerPhotoRepository photos,
            GroupLookup groups,
            CurrentUser currentUser,
            CongressPublicPlaces publicPlaces,
            Clock clock) {
        this.congresses = congresses;
        this.categories = categories;
        this.rooms = rooms;
        this.slots = slots;
        this.sessions = sessions;
        this.speakers = speakers;
        this.photos = photos;
        this.groups = groups;
        this.currentUser = currentUser;
        this.publicPlaces = publicPlaces;
        this.clock = clock;
    }

    /** Published editions (registration open or closed) that have not ended, soonest first. */
    public List<CongressCard> published() {
        LocalDate today = LocalDate.now(clock.withZone(CongressTime.ZONE));
        return congresses.findByStatusInOrderByFirstDayAsc(PUBLIC).stream()
                .filter(congress -> !congress.lastDay().isBefore(today))
                .map(CongressCard::of)
                .toList();
    }

    /** The next published edition, for the start page and the navigation. */
    public Optional<CongressCard> current() {
        return published().stream().findFirst();
    }

    /** @throws NotFoundException for an unknown edition, or a draft or archived one (except for admins) */
    public CongressPage page(long congressId) {
        Congress congress = visible(congressId);
        // Without unconfirmed guests, or the figures would tell whether an address is registered.
        CongressPublicPlaces.Unconfirmed shown = publicPlaces.of(congressId);
        Programme programme = programme(congress, shown);
        List<CategoryOffer> offers = categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).stream()
                .map(category -> new CategoryOffer(
                        category.id(),
                        category.getName(),
                        category.getDescription(),
                        category.getPriceGross(),
                        category.getVatRate(),
                        category.getEligibility(),
                        category.isApprovalRequired(),
                        shown.categoryLeft(congress, category)))
                .toList();
        return new CongressPage(
                congress.id(),
                congress.getTitle(),
                congress.getSubtitle(),
                congress.getDescription(),
                congress.getFirstDay(),
                congress.getDayCount(),
                congress.getVenueName(),
                congress.getVenueAddress(),
                congress.getRegistrationOpensAt(),
                congress.getRegistrationClosesAt(),
                congress.getCancellationDeadline(),
                congress.getContactName(),
                congress.getContactEmail(),
                congress.getStatus(),
                congress.getCapacity(),
                shown.congressLeft(congress),
                congress.registrationOpenAt(clock.instant()),
                programme.days,
                programme.speakers,
                offers);
    }

    /** One session with its speakers. */
    public SessionPage session(long congressId, long sessionId) {
        Congress congress = visible(congressId);
        Programme programme = programme(congress, publicPlaces.of(congressId));
        SessionCard card = programme.days.stream()
                .flatMap(day -> day.slots().stream())
                .flatMap(slot -> slot.sessions().stream())
                .filter(session -> session.id() == sessionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        List<SpeakerCard> named = programme.speakers.stream()
                .filter(speaker -> speaker.sessionIds().contains(sessionId))
                .toList();
        return new SessionPage(CongressCard.of(congress), congress.registrationOpenAt(clock.instant()), card, named);
    }

    /** A speaker's photo, if the speaker's edition is visible to the caller and has one. */
    public Optional<byte[]> speakerPhoto(long speakerId) {
        return speakers.findById(speakerId)
                .filter(speaker ->
                        maySee(congresses.findById(speaker.getCongressId()).orElse(null)))
                .flatMap(speaker -> photos.findById(speakerId))
                .map(CongressSpeakerPhoto::content);
    }

    private Congress visible(long congressId) {
        Congress congress = congresses.findById(congressId).orElse(null);
        if (!maySee(congress)) {
            throw new NotFoundException();
        }
        return Objects.requireNonNull(congress);
    }

    private boolean maySee(@Nullable Congress congress) {
        return congress != null && (congress.getStatus().isPublic() || currentUser.isAdmin());
    }

    private record Programme(List<ProgrammeDay> days, List<SpeakerCard> speakers) {}

    private Programme programme(Congress congress, CongressPublicPlaces.Unconfirmed shown) {
        long congressId = congress.id();
        Map<Long, CongressRoom> roomsById = rooms.findByCongressIdOrderByNameAsc(congressId).stream()
                .collect(Collectors.toMap(CongressRoom::id, Function.identity()));
        List<CongressSpeaker> all = speakers.findByCongressIdOrderByNameAsc(congressId);
        Map<Long, CongressSpeaker> speakersById =
                all.stream().collect(Collectors.toMap(CongressSpeaker::id, Function.identity()));
        Set<Long> withPhoto = photos.findAllById(speakersById.keySet()).stream()
                .map(CongressSpeakerPhoto::getSpeakerId)
                .collect(Collectors.toSet());
        List<CongressSession> programme = sessions.findByCongressId(congressId);
        // The programme is public: an organising group is named only to those who may see it.
        Map<Long, String> groupNames = groups.visibleNames(
                programme.stream()
                        .map(CongressSession::getOrganisingGroupId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                currentUser.memberId().orElse(null),
                currentUser.isAdmin());
        Map<Long, List<CongressSession>> bySlot =
                programme.stream().collect(Collectors.groupingBy(CongressSession::getSlotId));
        Map<Integer, List<ProgrammeSlot>> slotsByDay = new TreeMap<>();
        Map<Integer, Set<CongressRoom>> roomsByDay = new TreeMap<>();
        for (CongressSlot slot : slots.findByCongressIdOrderByStartsAtAsc(congressId)) {
            List<CongressSession> inSlot = bySlot.getOrDefault(slot.id(), List.of());
            List<SessionCard> cards = inSlot.stream()
                    .map(session -> card(session, slot, roomsById, speakersById, groupNames, shown))
                    .sorted(Comparator.comparing(SessionCard::roomName))
                    .toList();
            long offered =
                    inSlot.stream().filter(session -> !session.isCancelled()).count();
            slotsByDay
                    .computeIfAbsent(slot.getDayNumber(), day -> new ArrayList<>())
                    .add(new ProgrammeSlot(slot.id(), slot.getStartsAt(), slot.getEndsAt(), offered > 1, cards));
            inSlot.forEach(session -> {
                CongressRoom room = roomsById.get(session.getRoomId());
                if (room != null) {
                    roomsByDay
                            .computeIfAbsent(slot.getDayNumber(), day -> new java.util.LinkedHashSet<>())
                            .add(room);
                }
            });
        }
        List<ProgrammeDay> days = new ArrayList<>();
        for (int day = 1; day <= congress.getDayCount(); day++) {
            List<RoomItem> used = roomsByDay.getOrDefault(day, Set.of()).stream()
                    .sorted(Comparator.comparingInt(CongressRoom::getCapacity)
                            .reversed()
                            .thenComparing(CongressRoom::getName))
                    .map(RoomItem::of)
                    .toList();
            days.add(new ProgrammeDay(
                    day, congress.getFirstDay().plusDays(day - 1L), used, slotsByDay.getOrDefault(day, List.of())));
        }
        List<SpeakerCard> speakerCards = all.stream()
                .map(speaker -> new SpeakerCard(
                        speaker.id(),
                        speaker.getMemberId(),
                        speaker.getName(),
                        speaker.getOrganisation(),
                        speaker.getBio(),
                        withPhoto.contains(speaker.id()),
                        programme.stream()
                                .filter(session -> session.getSpeakerIds().contains(speaker.id()))
                                .map(CongressSession::id)
                                .toList()))
                .toList();
        return new Programme(days, speakerCards);
    }

    private static SessionCard card(
            CongressSession session,
            CongressSlot slot,
            Map<Long, CongressRoom> roomsById,
            Map<Long, CongressSpeaker> speakersById,
            Map<Long, String> groupNames,
            CongressPublicPlaces.Unconfirmed shown) {
        CongressRoom room = roomsById.get(session.getRoomId());
        Integer capacity = session.getCapacity();
        return new SessionCard(
                session.id(),
                session.getCongressId(),
                session.getType(),
                session.getTitle(),
                session.getAbstractText(),
                slot.id(),
                slot.getStartsAt(),
                slot.getEndsAt(),
                session.getRoomId(),
                room == null ? "" : room.getName(),
                session.getSpeakerIds().stream()
                        .map(speakersById::get)
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(CongressSpeaker::getName))
                        .map(speaker -> new SpeakerRef(speaker.id(), speaker.getName(), speaker.getOrganisation()))
                        .toList(),
                session.getOrganisingGroupId() == null ? null : groupNames.get(session.getOrganisingGroupId()),
                capacity,
                shown.seatsLeft(session),
                session.isCancelled());
    }
}
