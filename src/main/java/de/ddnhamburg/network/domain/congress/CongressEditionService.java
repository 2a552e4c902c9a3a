package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.security.Roles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins create congress editions, edit their fields and read everything of one edition for the
 * editor. Status changes and "copy from last year" are in {@link CongressLifecycleService}.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressEditionService {

    private final CongressRepository congresses;
    private final TicketCategoryRepository categories;
    private final CongressRoomRepository rooms;
    private final CongressSlotRepository slots;
    private final CongressSessionRepository sessions;
    private final CongressSpeakerRepository speakers;
    private final CongressSpeakerPhotoRepository photos;
    private final ProgrammePlaces places;
    private final GroupLookup groups;
    private final AuditService audit;

    CongressEditionService(
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressRoomRepository rooms,
            CongressSlotRepository slots,
            CongressSessionRepository sessions,
            CongressSpeakerRepository speakers,
            CongressSpeakerPhotoRepository photos,
            ProgrammePlaces places,
            GroupLookup groups,
            AuditService audit) {
        this.congresses = congresses;
        this.categories = categories;
        this.rooms = rooms;
        this.slots = slots;
        this.sessions = sessions;
        this.speakers = speakers;
        this.photos = photos;
        this.places = places;
        this.groups = groups;
        this.audit = audit;
    }

    /** Every edition, the latest first. */
    @Transactional(readOnly = true)
    public List<CongressItem> list() {
        return congresses.findAllByOrderByFirstDayDesc().stream()
                .map(CongressItem::of)
                .toList();
    }

    /** A new edition as a draft, which nobody but admins sees until it is published. */
    public long create(CongressDraft draft) {
        CongressDraft valid = CongressRules.valid(draft);
        Congress congress = new Congress(
                Objects.requireNonNull(valid.title()),
                Objects.requireNonNull(valid.firstDay()),
                valid.dayCount(),
                valid.capacity());
        apply(congress, valid);
        long id = congresses.saveAndFlush(congress).id();
        audit.record(AuditAction.CONGRESS_CREATED, target(id), congress.getTitle());
        return id;
    }

    @Transactional(readOnly = true)
    public CongressEdit edit(long congressId) {
        return CongressEdit.of(congresses.findById(congressId).orElseThrow(NotFoundException::new));
    }

    /**
     * Saves the edition's fields under the congress lock. A form loaded before another admin's change
     * is refused ({@code congress.edit.stale}). The capacity may not go below the places taken. A
     * new first day moves the slot grid with it (same Hamburg times); fewer days are refused while
     * slots lie on the days that would go.
     */
    public CongressEdit update(long congressId, long expectedVersion, CongressDraft draft) {
        CongressDraft valid = CongressRules.valid(draft);
        Congress congress = places.lock(congressId);
        if (congress.getVersion() != expectedVersion) {
            throw new DomainException("congress.edit.stale");
        }
        if (congress.getStatus() == CongressStatus.ARCHIVED) {
            throw new DomainException("congress.archived");
        }
        InvalidInputException.Problems problems = InvalidInputException.collect();
        if (valid.capacity() < congress.getTaken()) {
            problems.add(CongressRules.CAPACITY, "congress.validation.belowTaken", congress.getTaken());
        }
        List<CongressSlot> grid = slots.findByCongressIdOrderByStartsAtAsc(congressId);
        if (grid.stream().anyMatch(slot -> slot.getDayNumber() > valid.dayCount())) {
            problems.add(CongressRules.DAY_COUNT, "congress.validation.slotsOnDay");
        }
        problems.throwIfAny();
        boolean capacityChanged = valid.capacity() != congress.getCapacity();
        LocalDate newFirstDay = Objects.requireNonNull(valid.firstDay());
        long shift = ChronoUnit.DAYS.between(congress.getFirstDay(), newFirstDay);
        if (shift != 0) {
            for (CongressSlot slot : grid) {
                slot.reschedule(
                        slot.getDayNumber(),
                        CongressTime.at(newFirstDay, slot.getDayNumber(), CongressTime.timeOf(slot.getStartsAt())),
                        CongressTime.at(newFirstDay, slot.getDayNumber(), CongressTime.timeOf(slot.getEndsAt())));
            }
        }
        congress.setTitle(Objects.requireNonNull(valid.title()));
        congress.setFirstDay(newFirstDay);
        congress.setDayCount(valid.dayCount());
        congress.setCapacity(valid.capacity());
        apply(congress, valid);
        congresses.flush();
        if (capacityChanged) {
            places.changed(congress);
        }
        audit.record(AuditAction.CONGRESS_UPDATED, target(congressId), congress.getTitle());
        return CongressEdit.of(congresses.saveAndFlush(congress));
    }

    /** The edition with its categories, rooms, slots, sessions and speakers, for the editor. */
    @Transactional(readOnly = true)
    public CongressAdminDetails details(long congressId) {
        Congress congress = congresses.findById(congressId).orElseThrow(NotFoundException::new);
        List<CongressSession> programme = sessions.findByCongressId(congressId);
        Map<Long, String> groupNames = groups.names(programme.stream()
                .map(CongressSession::getOrganisingGroupId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new CongressAdminDetails(
                CongressEdit.of(congress),
                categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).stream()
                        .map(TicketCategoryItem::of)
                        .toList(),
                rooms.findByCongressIdOrderByNameAsc(congressId).stream()
                        .map(RoomItem::of)
                        .toList(),
                slots.findByCongressIdOrderByStartsAtAsc(congressId).stream()
                        .map(SlotItem::of)
                        .toList(),
                programme.stream()
                        .map(session -> SessionItem.of(
                                session,
                                session.getOrganisingGroupId() == null
                                        ? null
                                        : groupNames.get(session.getOrganisingGroupId())))
                        .toList(),
                speakers.findByCongressIdOrderByNameAsc(congressId).stream()
                        .map(speaker -> SpeakerItem.of(speaker, photos.existsById(speaker.id())))
                        .toList());
    }

    /** The expert groups an admin may name as organiser of a session, by id and name. */
    @Transactional(readOnly = true)
    public Map<Long, String> groupChoices() {
        return groups.allOpenGroups();
    }

    static void apply(Congress congress, CongressDraft valid) {
        congress.setSubtitle(valid.subtitle());
        congress.setDescription(Objects.requireNonNull(valid.description()));
        congress.setVenueName(Objects.requireNonNull(valid.venueName()));
        congress.setVenueAddress(Objects.requireNonNull(valid.venueAddress()));
        congress.setRegistrationWindow(
                Objects.requireNonNull(valid.registrationOpensAt()),
                Objects.requireNonNull(valid.registrationClosesAt()));
        congress.setCancellationDeadline(Objects.requireNonNull(valid.cancellationDeadline()));
        congress.setContact(Objects.requireNonNull(valid.contactName()), Objects.requireNonNull(valid.contactEmail()));
    }

    static String target(long congressId) {
        return "congress:" + congressId;
    }
}
