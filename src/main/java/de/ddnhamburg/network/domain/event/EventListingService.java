package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.group.GroupLookup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event calendar: published events in a span of days and matching a filter, as far as the
 * caller may see them (a guest: public events only). The database selects by time, filter and
 * audience; {@link EventViewer} then checks every event of that result once more, so that there is
 * one rule of who sees what. Queries are built from fixed fragments; every value is a parameter.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class EventListingService {

    private static final List<RegistrationStatus> ACTIVE =
            List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final EntityManager entityManager;
    private final EventViewers viewers;
    private final GroupLookup groups;
    private final Clock clock;
    private final List<CalendarHighlightLookup> highlights;
    private final PublicSeats publicSeats;

    EventListingService(
            EntityManager entityManager,
            EventViewers viewers,
            GroupLookup groups,
            Clock clock,
            List<CalendarHighlightLookup> highlights,
            PublicSeats publicSeats) {
        this.publicSeats = publicSeats;
        this.entityManager = entityManager;
        this.viewers = viewers;
        this.groups = groups;
        this.clock = clock;
        this.highlights = List.copyOf(highlights);
    }

    /** Today in Hamburg, where the calendar starts. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE);
    }

    /**
     * Published events that overlap the query's days (an event from 23:00 to 01:00 belongs to both
     * days), soonest first. "Only mine" finds nothing for a guest.
     */
    public CalendarPage find(CalendarQuery query) {
        EventViewer viewer = viewers.current();
        CalendarFilter filter = query.filter();
        if (filter.onlyMine() && viewer.isGuest()) {
            return CalendarPage.EMPTY;
        }
        // A group the caller may not see does not exist for them, also as a filter: what it would
        // find would tell which events that group organises.
        if (filter.groupId() != null && !groups.isVisible(filter.groupId(), viewer.memberId(), viewer.admin())) {
            return CalendarPage.EMPTY;
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select e.id from Event e where e.status = :published");
        parameters.put("published", EventStatus.PUBLISHED);
        jpql.append(" and e.endsAt > :from");
        parameters.put("from", startOf(query.firstDay()));
        if (query.lastDay() != null) {
            jpql.append(" and e.startsAt < :to");
            parameters.put("to", startOf(query.lastDay().plusDays(1)));
        }
        if (filter.type() != null) {
            jpql.append(" and e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.format() != null) {
            jpql.append(" and e.format in :formats");
            parameters.put("formats", formatsFor(filter.format()));
        }
        if (filter.topic() != null) {
            jpql.append(" and :topic member of e.topicSlugs");
            parameters.put("topic", filter.topic());
        }
        if (filter.groupId() != null) {
            jpql.append(" and e.groupId = :groupId");
            parameters.put("groupId", filter.groupId());
        }
        if (filter.onlyMine()) {
            jpql.append(" and exists (select r.id from EventRegistration r where r.eventId = e.id"
                    + " and r.memberId = :me and r.status in :active)");
            parameters.put("me", Objects.requireNonNull(viewer.memberId()));
            parameters.put("active", ACTIVE);
        }
        audience(viewer, jpql, parameters);
        jpql.append(" order by e.startsAt, e.id");
        TypedQuery<Long> ids = entityManager.createQuery(jpql.toString(), Long.class);
        parameters.forEach(ids::setParameter);
        List<Long> found = ids.setMaxResults(query.limit() + 1).getResultList();
        boolean more = found.size() > query.limit();
        List<Event> events = load(more ? found.subList(0, query.limit()) : found).stream()
                .filter(viewer::maySee)
                .toList();
        return new CalendarPage(entries(events, viewer), more, highlights(query));
    }

    /** What other features add to the calendar for the same days; the filters are about events, so only without one. */
    private List<CalendarHighlight> highlights(CalendarQuery query) {
        if (!query.filter().isEmpty()) {
            return List.of();
        }
        Instant from = startOf(query.firstDay());
        Instant to = query.lastDay() == null ? null : startOf(query.lastDay().plusDays(1));
        return highlights.stream()
                .flatMap(lookup -> lookup.highlights(from, to).stream())
                .sorted(Comparator.comparing(CalendarHighlight::startsAt))
                .toList();
    }

    /**
     * The groups that organise published events still to come that I may see, by name; only
     * groups that I may see myself (a hidden or archived one only for its members and admins).
     */
    public List<CalendarGroup> groups() {
        EventViewer viewer = viewers.current();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select distinct e.groupId from Event e where e.status = :published"
                + " and e.groupId is not null and e.endsAt > :now");
        parameters.put("published", EventStatus.PUBLISHED);
        parameters.put("now", clock.instant());
        audience(viewer, jpql, parameters);
        TypedQuery<Long> query = entityManager.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return groups.visibleNames(query.getResultList(), viewer.memberId(), viewer.admin()).entrySet().stream()
                .map(entry -> new CalendarGroup(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(CalendarGroup::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The audience part of {@link EventViewer#maySee} for published events, as a condition: guests
     * public events, members also members' events and those of their groups, admins all.
     */
    private static void audience(EventViewer viewer, StringBuilder jpql, Map<String, Object> parameters) {
        if (viewer.isGuest()) {
            jpql.append(" and e.audience = :public");
            parameters.put("public", EventAudience.PUBLIC);
        } else if (!viewer.admin()) {
            Set<Long> mine = new java.util.HashSet<>(viewer.groups());
            mine.addAll(viewer.moderatedGroups());
            parameters.put("groupAudience", EventAudience.GROUP_MEMBERS);
            if (mine.isEmpty()) {
                jpql.append(" and e.audience <> :groupAudience");
            } else {
                jpql.append(" and (e.audience <> :groupAudience or e.groupId in :myGroups)");
                parameters.put("myGroups", mine);
            }
        }
    }

    private static List<EventFormat> formatsFor(EventFormat format) {
        return switch (format) {
            case IN_PERSON -> List.of(EventFormat.IN_PERSON, EventFormat.HYBRID);
            case ONLINE -> List.of(EventFormat.ONLINE, EventFormat.HYBRID);
            case HYBRID -> List.of(EventFormat.HYBRID);
        };
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockConfig.DISPLAY_ZONE).toInstant();
    }

    /** The events with their topics in one query, in the order of the ids. */
    private List<Event> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> byId = entityManager
                .createQuery(
                        "select distinct e from Event e left join fetch e.topicSlugs where e.id in :ids", Event.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<CalendarEntry> entries(List<Event> events, EventViewer viewer) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(Event::id).toList();
        Map<Long, long[]> taken = takenSeats(ids);
        // The public figure, as on the event page: unconfirmed guests' seats are not in it.
        Map<Long, Map<SeatKind, Long>> held = publicSeats.unconfirmedGuestSeats(ids);
        Map<Long, RegistrationStatus> mine =
                viewer.isGuest() ? Map.of() : myRegistrations(ids, Objects.requireNonNull(viewer.memberId()));
        // The organiser is named only to those who may see the group (issue 12): an event of a
        // group hidden after planning it stays in the calendar, without its organiser.
        Map<Long, String> groupNames = groups.visibleNames(
                events.stream().map(Event::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet()),
                viewer.memberId(),
                viewer.admin());
        List<CalendarEntry> entries = new ArrayList<>(events.size());
        for (Event event : events) {
            long[] seats = taken.getOrDefault(event.id(), new long[2]);
            Long groupId = event.getGroupId();
            @Nullable String groupName = groupId == null ? null : groupNames.get(groupId);
            entries.add(new CalendarEntry(
                    event.id(),
                    event.getTitle(),
                    event.getType(),
                    event.getFormat(),
                    event.getStartsAt(),
                    event.getEndsAt(),
                    event.getVenue(),
                    event.getAudience(),
                    groupName == null ? null : event.getGroupId(),
                    groupName,
                    PublicSeats.free(event, SeatKind.IN_PERSON, seats[0], held.getOrDefault(event.id(), Map.of())),
                    PublicSeats.free(event, SeatKind.ONLINE, seats[1], held.getOrDefault(event.id(), Map.of())),
                    mine.get(event.id())));
        }
        return entries;
    }

    /**
     * The seat counters {@link SeatAllocation} keeps in the event rows: one query for the whole
     * page instead of counting registrations per event.
     */
    private Map<Long, long[]> takenSeats(Collection<Long> ids) {
        List<?> rows = entityManager
                .createNativeQuery("select id, in_person_taken, online_taken from event where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, long[]> taken = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            taken.put(
                    ((Number) columns[0]).longValue(),
                    new long[] {((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()});
        }
        return taken;
    }

    private Map<Long, RegistrationStatus> myRegistrations(Collection<Long> ids, long memberId) {
        return entityManager
                .createQuery(
                        "select r from EventRegistration r where r.memberId = :me and r.eventId in :ids"
                                + " and r.status in :active",
                        EventRegistration.class)
                .setParameter("me", memberId)
                .setParameter("ids", ids)
                .setParameter("active", ACTIVE)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(
                        EventRegistration::getEventId, EventRegistration::getStatus, (a, b) -> a, LinkedHashMap::new));
    }
}
