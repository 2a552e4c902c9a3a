package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the check-in desk ({@code congress.checkin}) reads about congresses and registrations,
 * without any rule of who may: the check-in service decides that. It hands out {@link DeskPerson},
 * which carries only what the desk needs (no e-mail, no needs' content, no billing).
 */
@Component
@Transactional(readOnly = true)
public class DeskLookup {

    private final CongressRepository congresses;
    private final DeskRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final CongressSessionChoiceRepository choices;
    private final CongressSessionRepository sessions;
    private final CongressRoomRepository rooms;
    private final CongressSlotRepository slots;

    DeskLookup(
            CongressRepository congresses,
            DeskRegistrationRepository registrations,
            TicketCategoryRepository categories,
            CongressSessionChoiceRepository choices,
            CongressSessionRepository sessions,
            CongressRoomRepository rooms,
            CongressSlotRepository slots) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.categories = categories;
        this.choices = choices;
        this.sessions = sessions;
        this.rooms = rooms;
        this.slots = slots;
    }

    public Optional<DeskCongress> congress(long congressId) {
        return congresses.findById(congressId).map(DeskCongress::of);
    }

    /** Every edition, newest first. */
    public List<DeskCongress> congresses() {
        return congresses.findAllByOrderByFirstDayDesc().stream()
                .map(DeskCongress::of)
                .toList();
    }

    /** The registration a ticket code belongs to, of whichever congress, as {@code [registration, congress]}. */
    public Optional<TicketOwner> ticket(String ticketCode) {
        return registrations
                .findByTicketCode(ticketCode)
                .map(registration -> new TicketOwner(registration.id(), registration.getCongressId()));
    }

    /** Whose ticket a code is: the registration and its congress. */
    public record TicketOwner(long registrationId, long congressId) {}

    public Optional<DeskPerson> person(long registrationId) {
        return registrations
                .findById(registrationId)
                .map(registration -> people(registration.getCongressId(), List.of(registration))
                        .getFirst());
    }

    /**
     * Registrations of the congress whose name or organisation contains the text (any state, so that
     * the desk sees a cancelled one too), by last name; at most {@code limit}.
     */
    public List<DeskPerson> search(long congressId, String text, int limit) {
        String pattern = "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return people(congressId, registrations.search(congressId, pattern, PageRequest.of(0, limit)));
    }

    /** How many registrations hold a confirmed place: the people the desk expects. */
    public long confirmed(long congressId) {
        return registrations.countByCongressIdAndStatus(congressId, CongressRegistrationStatus.CONFIRMED);
    }

    private List<DeskPerson> people(long congressId, List<CongressRegistration> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, TicketCategory> categoriesById =
                categories.findByCongressIdOrderBySortOrderAscIdAsc(congressId).stream()
                        .collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        Map<Long, CongressSession> sessionsById = sessions.findByCongressId(congressId).stream()
                .collect(Collectors.toMap(CongressSession::id, Function.identity()));
        Map<Long, String> roomNames = rooms.findByCongressIdOrderByNameAsc(congressId).stream()
                .collect(Collectors.toMap(CongressRoom::id, CongressRoom::getName));
        Map<Long, CongressSlot> slotsById = slots.findByCongressIdOrderByStartsAtAsc(congressId).stream()
                .collect(Collectors.toMap(CongressSlot::id, Function.identity()));
        Map<Long, List<CongressSessionChoice>> choicesByRegistration =
                choices
                        .findByRegistrationIdIn(
                                found.stream().map(CongressRegistration::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(CongressSessionChoice::getRegistrationId));
        Workshops workshops = new Workshops(sessionsById, roomNames, slotsById);
        return found.stream()
                .map(registration -> {
                    TicketCategory category = categoriesById.get(registration.getCategoryId());
                    return new DeskPerson(
                            registration.id(),
                            registration.getCongressId(),
                            registration.getFirstName(),
                            registration.getLastName(),
                            registration.getOrganisation(),
                            registration.isGuest(),
                            registration.getStatus(),
                            category == null ? "" : category.getName(),
                            category == null || category.getPriceGross().compareTo(BigDecimal.ZERO) == 0,
                            registration.getDietaryNeeds() != null || registration.getAccessibilityNeeds() != null,
                            workshops.of(choicesByRegistration.getOrDefault(registration.id(), List.of())));
                })
                .toList();
    }

    /** The seats held and the sessions waited for, in the order of the programme. */
    private record Workshops(
            Map<Long, CongressSession> sessions, Map<Long, String> rooms, Map<Long, CongressSlot> slots) {

        List<DeskWorkshop> of(List<CongressSessionChoice> chosen) {
            List<DeskWorkshop> lines = new ArrayList<>();
            for (CongressSessionChoice choice : chosen) {
                CongressSlot slot = slots.get(choice.getSlotId());
                if (slot == null) {
                    continue;
                }
                switch (choice.getStatus()) {
                    case SEATED -> add(lines, slot, choice.getSessionId(), false);
                    case WAITLISTED -> {
                        Long second = choice.getFallbackSessionId();
                        if (second != null) {
                            add(lines, slot, second, false);
                        }
                        add(lines, slot, choice.getSessionId(), true);
                    }
                    case PENDING -> add(lines, slot, choice.getSessionId(), true);
                }
            }
            lines.sort(Comparator.comparing(DeskWorkshop::startsAt).thenComparing(DeskWorkshop::waiting));
            return lines;
        }

        private void add(List<DeskWorkshop> lines, CongressSlot slot, long sessionId, boolean waiting) {
            @Nullable CongressSession session = sessions.get(sessionId);
            if (session != null) {
                lines.add(new DeskWorkshop(
                        slot.getStartsAt(), session.getTitle(), rooms.getOrDefault(session.getRoomId(), ""), waiting));
            }
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
