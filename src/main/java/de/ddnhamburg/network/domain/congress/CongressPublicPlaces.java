package de.ddnhamburg.network.domain.congress;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places, seats and waiting counts of a congress as its public page and the registration
 * wizard show them: without guests who have not confirmed their address yet (decision 009, issue
 * 12). A guest's submit with a new address holds places at once; one with an address registered
 * already, or a member's address, holds none. Counted in public, the figures would tell whether an
 * address is registered or belongs to a member. Capacity is untouched: the placement counts every
 * hold, so a registration may wait although a place is shown free; the admin's pages show the
 * places as allocated.
 */
@Component
@Transactional(readOnly = true)
class CongressPublicPlaces {

    private final CongressRegistrationRepository registrations;
    private final CongressSessionChoiceRepository choices;

    CongressPublicPlaces(CongressRegistrationRepository registrations, CongressSessionChoiceRepository choices) {
        this.registrations = registrations;
        this.choices = choices;
    }

    /** What the congress's unconfirmed guests hold and wait for, in two queries. */
    Unconfirmed of(long congressId) {
        Unconfirmed unconfirmed = new Unconfirmed();
        for (Object[] row : registrations.countUnconfirmedGuestsByCategory(congressId)) {
            long categoryId = ((Number) row[0]).longValue();
            int count = ((Number) row[2]).intValue();
            if (CongressRegistrationStatus.UNCONFIRMED.equals(row[1])) {
                unconfirmed.places += count;
                unconfirmed.placesByCategory.merge(categoryId, count, Integer::sum);
            } else {
                unconfirmed.waitingByCategory.merge(categoryId, count, Integer::sum);
            }
        }
        for (Object[] row : choices.countUnconfirmedGuestChoices(congressId)) {
            long sessionId = ((Number) row[0]).longValue();
            int count = ((Number) row[3]).intValue();
            if (ChoiceStatus.SEATED.equals(row[2])) {
                unconfirmed.seatsBySession.merge(sessionId, count, Integer::sum);
            } else {
                unconfirmed.waitingBySession.merge(sessionId, count, Integer::sum);
                if (row[1] != null) {
                    unconfirmed.seatsBySession.merge(((Number) row[1]).longValue(), count, Integer::sum);
                }
            }
        }
        return unconfirmed;
    }

    /** The unconfirmed guests' share of one congress, and the public figures without it. */
    static final class Unconfirmed {

        /** Nobody unconfirmed: the figures as allocated. */
        static final Unconfirmed NONE = new Unconfirmed();

        private int places;
        private final Map<Long, Integer> placesByCategory = new HashMap<>();
        private final Map<Long, Integer> waitingByCategory = new HashMap<>();
        private final Map<Long, Integer> seatsBySession = new HashMap<>();
        private final Map<Long, Integer> waitingBySession = new HashMap<>();

        /** Places of the congress shown free. */
        int congressLeft(Congress congress) {
            return Math.max(0, congress.getCapacity() - Math.max(0, congress.getTaken() - places));
        }

        /** Places of the category shown free; the congress's own places count too. */
        int categoryLeft(Congress congress, TicketCategory category) {
            int taken = Math.max(0, category.getTaken() - placesByCategory.getOrDefault(category.id(), 0));
            return Math.min(congressLeft(congress), Math.max(0, category.getQuota() - taken));
        }

        /** Of those waiting for the category, how many are shown. */
        int categoryWaiting(long categoryId, int waiting) {
            return Math.max(0, waiting - waitingByCategory.getOrDefault(categoryId, 0));
        }

        /** Seats of the session shown free, {@code null} for a session open to everybody. */
        @Nullable
        Integer seatsLeft(CongressSession session) {
            Integer capacity = session.getCapacity();
            if (capacity == null) {
                return null;
            }
            int taken = Math.max(0, session.getTaken() - seatsBySession.getOrDefault(session.id(), 0));
            return Math.max(0, capacity - taken);
        }

        /** Of those waiting for the session, how many are shown. */
        int sessionWaiting(long sessionId, int waiting) {
            return Math.max(0, waiting - waitingBySession.getOrDefault(sessionId, 0));
        }
    }
}
