package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What registration reads about a congress, shared by the registration services: the congress if
 * guests and members may see it, who may choose which category (access codes compared in constant
 * time), and the slots in which participants choose a session, with seats left.
 */
@Component
class CongressCatalogue {

    private final CongressRepository congresses;
    private final TicketCategoryRepository categories;
    private final CongressSlotRepository slots;
    private final CongressSessionRepository sessions;
    private final CongressRoomRepository rooms;
    private final CongressSessionChoiceRepository choices;
    private final CongressRegistrationRepository registrations;

    CongressCatalogue(
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressSlotRepository slots,
            CongressSessionRepository sessions,
            CongressRoomRepository rooms,
            CongressSessionChoiceRepository choices,
            CongressRegistrationRepository registrations) {
        this.congresses = congresses;
        this.categories = categories;
        this.slots = slots;
        this.sessions = sessions;
        this.rooms = rooms;
        this.choices = choices;
        this.registrations = registrations;
    }

    /** A congress that guests and members may see; drafts and archived editions do not exist for them. */
    Congress visible(long congressId) {
        return congresses
                .findById(congressId)
                .filter(congress -> congress.getStatus().isPublic())
                .orElseThrow(NotFoundException::new);
    }

    /** A congress whatever its state, for a registration that exists already. */
    Congress any(long congressId) {
        return congresses.findById(congressId).orElseThrow(NotFoundException::new);
    }

    /**
     * Whether the caller may choose the category: everyone; members only if a member is signed in;
     * a code category only with its own code, whoever asks.
     */
    static boolean mayChoose(TicketCategory category, boolean member, @Nullable String accessCode) {
        return switch (category.getEligibility()) {
            case EVERYONE -> true;
            case MEMBERS -> member;
            case ACCESS_CODE -> accessCode != null && codeMatches(category.getAccessCode(), accessCode);
        };
    }

    /**
     * Compares in constant time: both sides are hashed first, so neither the length nor the first
     * differing character of the real code shows in the time taken. Case and surrounding blanks do
     * not matter, since people type the code from a letter.
     */
    static boolean codeMatches(@Nullable String expected, String given) {
        if (expected == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(expected), digest(given));
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    List<TicketCategory> categories(long congressId) {
        return categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId);
    }

    /** The category of this congress the caller may choose, or not found. */
    TicketCategory choosable(Congress congress, long categoryId, boolean member, @Nullable String accessCode) {
        return categories
                .findById(categoryId)
                .filter(category -> category.getCongressId() == congress.id())
                .filter(category -> mayChoose(category, member, accessCode))
                .orElseThrow(() -> new DomainException("congress.registration.category.unavailable"));
    }

    /**
     * The categories the caller may choose, with places left and waiting counts as the public sees
     * them: without what {@code shown} says unconfirmed guests hold and wait for.
     */
    List<CategoryOption> categoryOptions(
            Congress congress, boolean member, @Nullable String accessCode, CongressPublicPlaces.Unconfirmed shown) {
        Map<Long, Integer> waiting = counts(registrations.countWaitingByCategory(congress.id()));
        return categories(congress.id()).stream()
                .filter(category -> mayChoose(category, member, accessCode))
                .map(category -> new CategoryOption(
                        category.id(),
                        category.getName(),
                        category.getDescription(),
                        category.getPriceGross(),
                        category.getVatRate(),
                        !category.isFree(),
                        category.isApprovalRequired(),
                        category.getEligibility() == TicketEligibility.ACCESS_CODE,
                        shown.categoryLeft(congress, category),
                        shown.categoryWaiting(category.id(), waiting.getOrDefault(category.id(), 0))))
                .toList();
    }

    /** The slots with more than one scheduled session, in time order, with seats left and waiting counts. */
    List<SlotChoice> choices(long congressId) {
        return publicChoices(congressId, CongressPublicPlaces.Unconfirmed.NONE);
    }

    /** The same, with seats left and waiting counts without what unconfirmed guests hold and wait for. */
    List<SlotChoice> publicChoices(long congressId, CongressPublicPlaces.Unconfirmed shown) {
        return slotChoices(
                sessions.findWithSpeakersByCongressId(congressId),
                roomNames(congressId),
                slots.findByCongressIdOrderByStartsAtAsc(congressId),
                true,
                shown);
    }

    /**
     * Everything a registration reads about the congress, in four queries (categories, sessions,
     * rooms, slots), for reading once before the congress lock. Its slot choices leave the waiting
     * counts at 0: checking a request needs only which sessions a slot offers, and the placement
     * counts the waiting itself, under the lock.
     */
    CongressProgramme programme(long congressId) {
        List<CongressSession> all = sessions.findWithSpeakersByCongressId(congressId);
        Map<Long, String> roomNames = roomNames(congressId);
        List<CongressSlot> inOrder = slots.findByCongressIdOrderByStartsAtAsc(congressId);
        return new CongressProgramme(
                categories(congressId),
                slotChoices(all, roomNames, inOrder, false, CongressPublicPlaces.Unconfirmed.NONE),
                all.stream().collect(Collectors.toMap(CongressSession::id, Function.identity())),
                inOrder.stream().collect(Collectors.toMap(CongressSlot::id, Function.identity())),
                roomNames);
    }

    private Map<Long, String> roomNames(long congressId) {
        return rooms.findByCongressIdOrderByNameAsc(congressId).stream()
                .collect(Collectors.toMap(CongressRoom::id, CongressRoom::getName));
    }

    private List<SlotChoice> slotChoices(
            List<CongressSession> all,
            Map<Long, String> roomNames,
            List<CongressSlot> inOrder,
            boolean countWaiting,
            CongressPublicPlaces.Unconfirmed shown) {
        List<CongressSession> scheduled =
                all.stream().filter(session -> !session.isCancelled()).toList();
        Map<Long, List<CongressSession>> bySlot =
                scheduled.stream().collect(Collectors.groupingBy(CongressSession::getSlotId));
        List<Long> offered = inOrder.stream()
                .filter(slot -> bySlot.getOrDefault(slot.id(), List.of()).size() > 1)
                .flatMap(slot -> bySlot.getOrDefault(slot.id(), List.of()).stream())
                .map(CongressSession::id)
                .toList();
        Map<Long, Integer> waiting =
                offered.isEmpty() || !countWaiting ? Map.of() : counts(choices.countWaitingBySession(offered));
        return inOrder.stream()
                .filter(slot -> bySlot.getOrDefault(slot.id(), List.of()).size() > 1)
                .map(slot -> new SlotChoice(
                        slot.id(),
                        slot.getDayNumber(),
                        slot.getStartsAt(),
                        slot.getEndsAt(),
                        bySlot.getOrDefault(slot.id(), List.of()).stream()
                                .sorted(Comparator.comparing(CongressSession::getTitle))
                                .map(session -> new SessionOption(
                                        session.id(),
                                        session.getTitle(),
                                        session.getType(),
                                        roomNames.getOrDefault(session.getRoomId(), ""),
                                        shown.seatsLeft(session),
                                        shown.sessionWaiting(session.id(), waiting.getOrDefault(session.id(), 0))))
                                .toList()))
                .toList();
    }

    /** All sessions of the congress by id, cancelled ones included (choices may name them). */
    Map<Long, CongressSession> sessionsById(long congressId) {
        return sessions.findWithSpeakersByCongressId(congressId).stream()
                .collect(Collectors.toMap(CongressSession::id, Function.identity()));
    }

    Map<Long, CongressSlot> slotsById(long congressId) {
        return slots.findByCongressIdOrderByStartsAtAsc(congressId).stream()
                .collect(Collectors.toMap(CongressSlot::id, Function.identity()));
    }

    private static Map<Long, Integer> counts(List<Object[]> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(
                    ((Number) Objects.requireNonNull(row[0])).longValue(),
                    ((Number) Objects.requireNonNull(row[1])).intValue());
        }
        return counts;
    }
}
