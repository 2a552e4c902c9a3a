package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The registrations of a congress as read models, for the badges, certificates and exports of
 * {@code congress.print} and {@code congress.export}, which live in packages of their own and cannot
 * see the entities. It checks no rights: only services that have checked the caller use it, which
 * is why it is a component and not a service (views cannot reach it). It runs in their transactions.
 */
@Component
public class CongressRoster {

    private static final int SEARCH_LIMIT = 20;

    private final CongressCatalogue catalogue;
    private final CongressRosterRepository roster;
    private final RegistrationOwnership owners;

    CongressRoster(CongressCatalogue catalogue, CongressRosterRepository roster, RegistrationOwnership owners) {
        this.catalogue = catalogue;
        this.roster = roster;
        this.owners = owners;
    }

    /** The congress with its categories and programme, whatever its state; not found if there is none. */
    public RosterCongress congress(long congressId) {
        Congress congress = catalogue.any(congressId);
        CongressProgramme programme = catalogue.programme(congressId);
        List<TicketCategory> categories = programme.categories();
        Set<Long> choiceSlots = programme.choiceSlots();
        List<RosterCongress.Session> sessions = programme.sessions().values().stream()
                .map(session -> {
                    CongressSlot slot = programme.slots().get(session.getSlotId());
                    return new RosterCongress.Session(
                            session.id(),
                            session.getSlotId(),
                            session.getTitle(),
                            session.getType(),
                            programme.roomNames().getOrDefault(session.getRoomId(), ""),
                            slot == null ? Instant.EPOCH : slot.getStartsAt(),
                            slot == null ? Instant.EPOCH : slot.getEndsAt(),
                            session.getCapacity(),
                            session.isCancelled(),
                            choiceSlots.contains(session.getSlotId()));
                })
                .sorted(Comparator.comparing(RosterCongress.Session::startsAt)
                        .thenComparing(RosterCongress.Session::title)
                        .thenComparing(RosterCongress.Session::id))
                .toList();
        Instant endsAt = programme.slots().values().stream()
                .map(CongressSlot::getEndsAt)
                .max(Comparator.naturalOrder())
                .orElse(CongressTime.startOf(congress.lastDay().plusDays(1)));
        return new RosterCongress(
                congress.id(),
                congress.getTitle(),
                congress.getSubtitle(),
                congress.getFirstDay(),
                congress.lastDay(),
                congress.getVenueName(),
                congress.getVenueAddress(),
                congress.getContactName(),
                endsAt,
                java.util.stream.IntStream.range(0, categories.size())
                        .mapToObj(index -> new RosterCongress.Category(
                                categories.get(index).id(),
                                categories.get(index).getName(),
                                index))
                        .toList(),
                sessions);
    }

    /** The congress's registrations the filter takes, by last name, first name (German order). */
    public List<RosterEntry> entries(long congressId, RosterFilter filter) {
        Map<Long, List<CongressSessionChoice>> choices = roster.findChoicesOfCongress(congressId).stream()
                .collect(Collectors.groupingBy(CongressSessionChoice::getRegistrationId));
        return roster.findByCongressId(congressId).stream()
                .map(registration -> entry(registration, choices.getOrDefault(registration.id(), List.of())))
                .filter(filter::accepts)
                .sorted(RosterOrder.ALPHABETICAL)
                .toList();
    }

    /** One registration; not found if there is none. */
    public RosterEntry entry(long registrationId) {
        CongressRegistration registration = roster.findById(registrationId).orElseThrow(NotFoundException::new);
        return entry(registration, roster.findChoicesOfRegistration(registrationId));
    }

    /** The caller's own registration (a member's, or a guest's by the manage link); not found otherwise. */
    public RosterEntry own(RegistrationKey key) {
        return entry(owners.resolve(key));
    }

    /**
     * Up to 20 registrations of the congress whose name, organisation or ticket code contains the
     * text, for finding one person at the desk; the text is taken literally ({@code %} and {@code _}
     * too).
     */
    public List<RosterEntry> search(long congressId, String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<CongressRegistration> found = roster.search(congressId, pattern, PageRequest.of(0, SEARCH_LIMIT));
        return found.stream()
                .map(registration -> entry(registration, roster.findChoicesOfRegistration(registration.id())))
                .toList();
    }

    private static RosterEntry entry(CongressRegistration registration, List<CongressSessionChoice> choices) {
        return new RosterEntry(
                registration.id(),
                registration.getCongressId(),
                registration.getFirstName(),
                registration.getLastName(),
                registration.getEmail(),
                registration.getOrganisation(),
                registration.isGuest(),
                registration.getCategoryId(),
                registration.getStatus(),
                registration.getWaitingPosition(),
                registration.getTicketCode(),
                registration.getLanguage(),
                registration.getRegisteredAt(),
                registration.getDietaryNeeds(),
                registration.getAccessibilityNeeds(),
                choices.stream()
                        .sorted(Comparator.comparingLong(CongressSessionChoice::getSlotId))
                        .map(CongressRoster::choice)
                        .toList());
    }

    private static RosterChoice choice(CongressSessionChoice choice) {
        Long seat = switch (choice.getStatus()) {
            case SEATED -> choice.getSessionId();
            case WAITLISTED -> choice.getFallbackSessionId();
            case PENDING -> null;
        };
        return new RosterChoice(
                choice.getSlotId(), choice.getSessionId(), choice.getStatus(), choice.getWaitingPosition(), seat);
    }
}
