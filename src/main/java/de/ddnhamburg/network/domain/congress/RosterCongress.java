package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A congress as printed and exported: the edition's facts, its categories in their order, and its
 * sessions in time order (cancelled ones included, since old choices may name them).
 *
 * @param endsAt when the congress is over: the end of its last slot, or the midnight after its
 *     last day when it has no slots
 */
public record RosterCongress(
        long id,
        String title,
        @Nullable String subtitle,
        LocalDate firstDay,
        LocalDate lastDay,
        String venueName,
        String venueAddress,
        String contactName,
        Instant endsAt,
        List<Category> categories,
        List<Session> sessions) {

    public RosterCongress {
        categories = List.copyOf(categories);
        sessions = List.copyOf(sessions);
    }

    /**
     * A ticket category.
     *
     * @param position its place in the congress's order (0 for the first), which picks its colour
     */
    public record Category(long id, String name, int position) {}

    /**
     * A session of the programme.
     *
     * @param choice whether participants choose it among others in its slot (a workshop slot)
     */
    public record Session(
            long id,
            long slotId,
            String title,
            SessionType type,
            String room,
            Instant startsAt,
            Instant endsAt,
            @Nullable Integer capacity,
            boolean cancelled,
            boolean choice) {}

    public Optional<Category> category(long categoryId) {
        return categories.stream()
                .filter(category -> category.id() == categoryId)
                .findFirst();
    }

    public Optional<Session> session(long sessionId) {
        return sessions.stream().filter(session -> session.id() == sessionId).findFirst();
    }

    public String categoryName(long categoryId) {
        return category(categoryId).map(Category::name).orElse("");
    }

    public String sessionTitle(long sessionId) {
        return session(sessionId).map(Session::title).orElse("");
    }

    /** The sessions participants choose between, the workshops of the lists, in time order. */
    public List<Session> choiceSessions() {
        return sessions.stream().filter(Session::choice).toList();
    }
}
