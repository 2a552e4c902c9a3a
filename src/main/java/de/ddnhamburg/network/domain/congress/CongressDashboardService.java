package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressDashboard.CategoryCounts;
import de.ddnhamburg.network.domain.congress.CongressDashboard.CategoryRevenue;
import de.ddnhamburg.network.domain.congress.CongressDashboard.CheckInProgress;
import de.ddnhamburg.network.domain.congress.CongressDashboard.DayCount;
import de.ddnhamburg.network.domain.congress.CongressDashboard.WorkshopSeats;
import de.ddnhamburg.network.security.Roles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' dashboard of one congress, read in a handful of queries: the registrations as
 * {@code [id, category, status, registered at]} (a congress has hundreds, so they are counted here
 * rather than in one grouped query per figure), the categories, the workshops with their waiting
 * counts, and what the check-in and the invoices know ({@link CongressCheckInLookup},
 * {@link PaymentStatusLookup}; without them nobody is checked in and nothing is paid).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressDashboardService {

    private final CongressRepository congresses;
    private final CongressRegistrationRepository registrations;
    private final CongressSessionRepository sessions;
    private final CongressSessionChoiceRepository choices;
    private final CongressSlotRepository slots;
    private final CongressRoomRepository rooms;
    private final CongressCatalogue catalogue;
    private final CongressHooks hooks;

    CongressDashboardService(
            CongressRepository congresses,
            CongressRegistrationRepository registrations,
            CongressSessionRepository sessions,
            CongressSessionChoiceRepository choices,
            CongressSlotRepository slots,
            CongressRoomRepository rooms,
            CongressCatalogue catalogue,
            CongressHooks hooks) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.sessions = sessions;
        this.choices = choices;
        this.slots = slots;
        this.rooms = rooms;
        this.catalogue = catalogue;
        this.hooks = hooks;
    }

    private record Fact(long id, long categoryId, CongressRegistrationStatus status, Instant registeredAt) {}

    public CongressDashboard dashboard(long congressId) {
        Congress congress = congresses.findById(congressId).orElseThrow(NotFoundException::new);
        List<Fact> facts = registrations.findFactsByCongressId(congressId).stream()
                .map(row -> new Fact(
                        ((Number) Objects.requireNonNull(row[0])).longValue(),
                        ((Number) Objects.requireNonNull(row[1])).longValue(),
                        (CongressRegistrationStatus) Objects.requireNonNull(row[2]),
                        (Instant) Objects.requireNonNull(row[3])))
                .toList();
        List<TicketCategory> categories = catalogue.categories(congressId);
        Set<Long> paid = hooks.payments().paid(congressId).keySet();
        Set<Long> checkedIn = hooks.checkIns().checkInTimes(congressId).keySet();
        int confirmed = (int) facts.stream()
                .filter(fact -> fact.status() == CongressRegistrationStatus.CONFIRMED)
                .count();
        int arrived = (int)
                facts.stream().filter(fact -> checkedIn.contains(fact.id())).count();
        return new CongressDashboard(
                congressId,
                congress.getTitle(),
                congress.getCapacity(),
                congress.getTaken(),
                counts(categories, facts),
                workshops(congressId),
                new CheckInProgress(arrived, confirmed),
                perDay(facts.stream().map(Fact::registeredAt).toList()),
                revenue(categories, facts, paid),
                hooks.paymentsTracked());
    }

    private static List<CategoryCounts> counts(List<TicketCategory> categories, List<Fact> facts) {
        Map<Long, Map<CongressRegistrationStatus, Integer>> byCategory = new HashMap<>();
        for (Fact fact : facts) {
            byCategory
                    .computeIfAbsent(fact.categoryId(), id -> new EnumMap<>(CongressRegistrationStatus.class))
                    .merge(fact.status(), 1, Integer::sum);
        }
        return categories.stream()
                .map(category -> new CategoryCounts(
                        category.id(),
                        category.getName(),
                        category.getQuota(),
                        category.getTaken(),
                        byCategory.getOrDefault(category.id(), Map.of())))
                .toList();
    }

    /** Sessions with seats of their own (workshops), by time and title. */
    private List<WorkshopSeats> workshops(long congressId) {
        List<CongressSession> limited = sessions.findWithSpeakersByCongressId(congressId).stream()
                .filter(session -> session.getCapacity() != null)
                .toList();
        if (limited.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> waiting = new HashMap<>();
        for (Object[] row : choices.countWaitingBySession(
                limited.stream().map(CongressSession::id).toList())) {
            waiting.put(
                    ((Number) Objects.requireNonNull(row[0])).longValue(),
                    ((Number) Objects.requireNonNull(row[1])).intValue());
        }
        Map<Long, Instant> starts = slots.findByCongressIdOrderByStartsAtAsc(congressId).stream()
                .collect(Collectors.toMap(CongressSlot::id, CongressSlot::getStartsAt));
        Map<Long, String> roomNames = rooms.findByCongressIdOrderByNameAsc(congressId).stream()
                .collect(Collectors.toMap(CongressRoom::id, CongressRoom::getName));
        return limited.stream()
                .map(session -> new WorkshopSeats(
                        session.id(),
                        session.getTitle(),
                        starts.getOrDefault(session.getSlotId(), Instant.EPOCH),
                        roomNames.getOrDefault(session.getRoomId(), ""),
                        Objects.requireNonNull(session.getCapacity()),
                        session.getTaken(),
                        waiting.getOrDefault(session.id(), 0),
                        session.isCancelled()))
                .sorted(Comparator.comparing(WorkshopSeats::startsAt).thenComparing(WorkshopSeats::title))
                .toList();
    }

    /** Registrations by the Hamburg day they arrived, every day from the first to the last. */
    static List<DayCount> perDay(List<Instant> arrivals) {
        TreeMap<LocalDate, Integer> days = new TreeMap<>();
        for (Instant at : arrivals) {
            days.merge(LocalDate.ofInstant(at, ClockConfig.DISPLAY_ZONE), 1, Integer::sum);
        }
        List<DayCount> result = new ArrayList<>();
        if (days.isEmpty()) {
            return result;
        }
        for (LocalDate day = days.firstKey(); !day.isAfter(days.lastKey()); day = day.plusDays(1)) {
            result.add(new DayCount(day, days.getOrDefault(day, 0)));
        }
        return result;
    }

    private static List<CategoryRevenue> revenue(List<TicketCategory> categories, List<Fact> facts, Set<Long> paid) {
        Map<Long, TicketCategory> byId =
                categories.stream().collect(Collectors.toMap(TicketCategory::id, Function.identity()));
        Map<Long, int[]> confirmedAndPaid = new HashMap<>();
        for (Fact fact : facts) {
            if (fact.status() == CongressRegistrationStatus.CONFIRMED && byId.containsKey(fact.categoryId())) {
                int[] counts = confirmedAndPaid.computeIfAbsent(fact.categoryId(), id -> new int[2]);
                counts[0]++;
                counts[1] += paid.contains(fact.id()) ? 1 : 0;
            }
        }
        return categories.stream()
                .filter(category -> !category.isFree())
                .map(category -> {
                    int[] counts = confirmedAndPaid.getOrDefault(category.id(), new int[2]);
                    BigDecimal price = category.getPriceGross();
                    return new CategoryRevenue(
                            category.id(),
                            category.getName(),
                            price,
                            counts[0],
                            price.multiply(BigDecimal.valueOf(counts[1])),
                            price.multiply(BigDecimal.valueOf((long) counts[0] - counts[1])));
                })
                .toList();
    }
}
