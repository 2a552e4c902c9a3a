package de.ddnhamburg.network.domain.congress;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who registered for a congress, by category, workshop and status, for features that write to
 * them (the announcements). Like {@code member.MemberLookup} it applies no rights and no visibility
 * rules, so it is a component that views and endpoints cannot use; the calling feature checks who
 * asks. Guests are only counted: whether they may be written to is the caller's decision.
 */
@Component
@Transactional(readOnly = true)
public class CongressParticipantLookup {

    private static final String REGISTRATIONS = "from CongressRegistration r where r.congressId = :congressId";
    private static final String SEATED_IN_SESSION = " and exists (select c.id from CongressSessionChoice c"
            + " where c.registrationId = r.id and c.sessionId = :sessionId"
            + " and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.SEATED)";
    private static final String WAITING_FOR_SESSION = " and exists (select c.id from CongressSessionChoice c"
            + " where c.registrationId = r.id and c.sessionId = :sessionId"
            + " and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.WAITLISTED)";

    private final EntityManager entityManager;
    private final CongressRepository congresses;
    private final TicketCategoryRepository categories;
    private final CongressSessionRepository sessions;
    private final CongressSlotRepository slots;

    CongressParticipantLookup(
            EntityManager entityManager,
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressSessionRepository sessions,
            CongressSlotRepository slots) {
        this.entityManager = entityManager;
        this.congresses = congresses;
        this.categories = categories;
        this.sessions = sessions;
        this.slots = slots;
    }

    /**
     * The registrations of the congress, narrowed by what is given: a category, a session they hold
     * a seat in, a status. Without a status every registration counts that is not cancelled.
     */
    public CongressAudience participants(
            long congressId,
            @Nullable Long categoryId,
            @Nullable Long sessionId,
            @Nullable CongressRegistrationStatus status) {
        StringBuilder where = new StringBuilder(REGISTRATIONS);
        where.append(categoryId == null ? "" : " and r.categoryId = :categoryId");
        where.append(
                status == null
                        ? " and r.status <> de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.CANCELLED"
                        : " and r.status = :status");
        where.append(sessionId == null ? "" : SEATED_IN_SESSION);
        return audience(where.toString(), congressId, categoryId, sessionId, status);
    }

    /** Those waiting for a seat in the session (a workshop's waiting list), of registrations not cancelled. */
    public CongressAudience waitingForSession(long congressId, long sessionId) {
        return audience(
                REGISTRATIONS
                        + " and r.status <> de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.CANCELLED"
                        + WAITING_FOR_SESSION,
                congressId,
                null,
                sessionId,
                null);
    }

    /**
     * Every edition, newest first, with its categories and the sessions of slots with a choice
     * (only those have choices, seats and waiting lists of their own).
     */
    public List<CongressAudienceChoice> choices() {
        return congresses.findAllByOrderByFirstDayDesc().stream()
                .map(congress -> new CongressAudienceChoice(
                        congress.id(),
                        congress.getTitle(),
                        congress.getFirstDay(),
                        categoryNames(congress.id()),
                        sessionsWithChoice(congress.id())))
                .toList();
    }

    private CongressAudience audience(
            String where,
            long congressId,
            @Nullable Long categoryId,
            @Nullable Long sessionId,
            @Nullable CongressRegistrationStatus status) {
        TypedQuery<Long> members = entityManager.createQuery(
                "select distinct r.memberId " + where + " and r.memberId is not null", Long.class);
        TypedQuery<Long> guests =
                entityManager.createQuery("select count(r) " + where + " and r.memberId is null", Long.class);
        for (TypedQuery<Long> query : List.of(members, guests)) {
            query.setParameter("congressId", congressId);
            if (categoryId != null) {
                query.setParameter("categoryId", categoryId);
            }
            if (sessionId != null) {
                query.setParameter("sessionId", sessionId);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        return new CongressAudience(new HashSet<>(members.getResultList()), guests.getSingleResult());
    }

    private Map<Long, String> categoryNames(long congressId) {
        Map<Long, String> names = new LinkedHashMap<>();
        categories
                .findByCongressIdOrderBySortOrderAscIdAsc(congressId)
                .forEach(category -> names.put(category.id(), category.getName()));
        return names;
    }

    private Map<Long, String> sessionsWithChoice(long congressId) {
        Map<Long, CongressSlot> slotsById = slots.findByCongressIdOrderByStartsAtAsc(congressId).stream()
                .collect(Collectors.toMap(CongressSlot::id, Function.identity()));
        List<CongressSession> all = sessions.findByCongressId(congressId);
        Map<Long, Long> perSlot =
                all.stream().collect(Collectors.groupingBy(CongressSession::getSlotId, Collectors.counting()));
        Map<Long, String> names = new LinkedHashMap<>();
        all.stream()
                .filter(session -> perSlot.getOrDefault(session.getSlotId(), 0L) > 1)
                .filter(session -> slotsById.containsKey(session.getSlotId()))
                .sorted(Comparator.comparing(
                                (CongressSession session) -> Objects.requireNonNull(slotsById.get(session.getSlotId()))
                                        .getStartsAt())
                        .thenComparing(CongressSession::getTitle))
                .forEach(session -> names.put(session.id(), session.getTitle()));
        return names;
    }
}
