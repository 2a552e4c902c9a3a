package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A congress's registrations at a glance, for admins: places, registrations by category and status,
 * workshops' seats and waiting lists, check-in progress, registrations per day (Hamburg days, from
 * the first to the last with a registration, days without one included) and revenue by category.
 *
 * @param paymentsRecorded whether the invoices tell what is paid; without them everything is open
 */
public record CongressDashboard(
        long congressId,
        String title,
        int capacity,
        int taken,
        List<CategoryCounts> categories,
        List<WorkshopSeats> workshops,
        CheckInProgress checkIn,
        List<DayCount> perDay,
        List<CategoryRevenue> revenue,
        boolean paymentsRecorded) {

    public CongressDashboard {
        categories = List.copyOf(categories);
        workshops = List.copyOf(workshops);
        perDay = List.copyOf(perDay);
        revenue = List.copyOf(revenue);
    }

    /** Registrations of all categories in that status. */
    public int total(CongressRegistrationStatus status) {
        return categories.stream().mapToInt(category -> category.count(status)).sum();
    }

    /** A category's registrations by status. */
    public record CategoryCounts(
            long categoryId, String name, int quota, int taken, Map<CongressRegistrationStatus, Integer> counts) {

        public CategoryCounts {
            EnumMap<CongressRegistrationStatus, Integer> copy = new EnumMap<>(CongressRegistrationStatus.class);
            copy.putAll(counts);
            counts = copy;
        }

        public int count(CongressRegistrationStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /**
     * A workshop's seats: {@code taken} may be one more than {@code capacity} when an admin allowed
     * it (decision 011).
     */
    public record WorkshopSeats(
            long sessionId,
            String title,
            Instant startsAt,
            String room,
            int capacity,
            int taken,
            int waiting,
            boolean cancelled) {

        public int free() {
            return Math.max(0, capacity - taken);
        }

        public int over() {
            return Math.max(0, taken - capacity);
        }
    }

    /** Checked in of those with a confirmed place. */
    public record CheckInProgress(int checkedIn, int expected) {}

    public record DayCount(LocalDate day, int count) {}

    /**
     * What a category's confirmed registrations cost: paid as the invoices know it, the rest open.
     */
    public record CategoryRevenue(
            long categoryId, String name, BigDecimal price, int confirmed, BigDecimal paid, BigDecimal open) {

        public BigDecimal total() {
            return paid.add(open);
        }
    }
}
