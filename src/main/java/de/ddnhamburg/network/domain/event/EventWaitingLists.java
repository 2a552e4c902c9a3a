package de.ddnhamburg.network.domain.event;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting lists of coming events, for features that write to the people on them (the
 * announcements). Applies no rights and no visibility rules, like {@code member.MemberLookup}, so
 * it is a component views cannot use; the caller checks who asks. Guests are only counted.
 */
@Component
@Transactional(readOnly = true)
public class EventWaitingLists {

    /** The members waiting for a seat of an event (each once), and how many guests wait too. */
    public record Waiting(Set<Long> memberIds, long guests) {

        public Waiting {
            memberIds = Set.copyOf(memberIds);
        }
    }

    private static final String WAITING = "from EventRegistration r where r.eventId = :eventId"
            + " and r.status = de.ddnhamburg.network.domain.event.RegistrationStatus.WAITLISTED";

    private final EntityManager entityManager;
    private final Clock clock;

    EventWaitingLists(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Waiting of(long eventId) {
        List<Long> members = entityManager
                .createQuery("select distinct r.memberId " + WAITING + " and r.memberId is not null", Long.class)
                .setParameter("eventId", eventId)
                .getResultList();
        long guests = entityManager
                .createQuery("select count(r) " + WAITING + " and r.memberId is null", Long.class)
                .setParameter("eventId", eventId)
                .getSingleResult();
        return new Waiting(new HashSet<>(members), guests);
    }

    /** Published events that have not ended and have someone waiting, by id and title, soonest first. */
    public Map<Long, String> eventsWithWaitingList() {
        Map<Long, String> titles = new LinkedHashMap<>();
        entityManager
                .createQuery(
                        "select e from Event e where e.status = de.ddnhamburg.network.domain.event.EventStatus.PUBLISHED"
                                + " and e.endsAt > :now and exists (select r.id from EventRegistration r"
                                + " where r.eventId = e.id"
                                + " and r.status = de.ddnhamburg.network.domain.event.RegistrationStatus.WAITLISTED)"
                                + " order by e.startsAt, e.id",
                        Event.class)
                .setParameter("now", clock.instant())
                .getResultList()
                .forEach(event -> titles.put(event.id(), event.getTitle()));
        return titles;
    }
}
