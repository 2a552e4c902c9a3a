package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.member.CongressRef;
import de.ddnhamburg.network.domain.member.MemberCongressLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The congress's answers to the member feature ({@link MemberCongressLookup}): congresses two
 * members share for "Gemeinsamkeiten" and, past or upcoming, for the suggestions' score, and
 * people to meet at an upcoming congress for the suggestions' reason. Only confirmed places count, and only the other's registration if they opted in to
 * the participant list; drafts never.
 */
@Component
@Transactional(readOnly = true)
class CongressRelationships implements MemberCongressLookup {

    private static final int MAX_FELLOWS = 500;

    private final CongressRegistrationRepository registrations;
    private final CongressRepository congresses;
    private final Clock clock;

    CongressRelationships(CongressRegistrationRepository registrations, CongressRepository congresses, Clock clock) {
        this.registrations = registrations;
        this.congresses = congresses;
        this.clock = clock;
    }

    @Override
    public List<CongressRef> sharedCongresses(long memberId, long otherMemberId) {
        List<Long> ids = registrations.findSharedCongressIds(memberId, otherMemberId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return congresses.findAllById(ids).stream()
                .filter(congress -> congress.getStatus() != CongressStatus.DRAFT)
                .sorted((a, b) -> b.getFirstDay().compareTo(a.getFirstDay()))
                .map(congress -> new CongressRef(congress.id(), congress.getTitle()))
                .toList();
    }

    @Override
    public Map<Long, CongressRef> fellowAttendees(long memberId) {
        List<Object[]> rows = registrations.findFellowAttendees(memberId);
        if (rows.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE));
        Map<Long, CongressRef> upcoming = new HashMap<>();
        congresses
                .findAllById(rows.stream()
                        .map(row -> ((Number) Objects.requireNonNull(row[1])).longValue())
                        .distinct()
                        .toList())
                .stream()
                .filter(congress ->
                        congress.getStatus().isPublic() && !congress.lastDay().isBefore(today))
                .forEach(congress -> upcoming.put(congress.id(), new CongressRef(congress.id(), congress.getTitle())));
        Map<Long, CongressRef> fellows = new HashMap<>();
        for (Object[] row : rows) {
            CongressRef congress = upcoming.get(((Number) Objects.requireNonNull(row[1])).longValue());
            if (congress != null && fellows.size() < MAX_FELLOWS) {
                fellows.putIfAbsent(((Number) Objects.requireNonNull(row[0])).longValue(), congress);
            }
        }
        return fellows;
    }

    @Override
    public Set<Long> fellowRegistrants(long memberId) {
        List<Object[]> rows = registrations.findFellowAttendees(memberId);
        if (rows.isEmpty()) {
            return Set.of();
        }
        Set<Long> shown = new HashSet<>();
        congresses
                .findAllById(rows.stream()
                        .map(row -> ((Number) Objects.requireNonNull(row[1])).longValue())
                        .distinct()
                        .toList())
                .stream()
                .filter(congress -> congress.getStatus() != CongressStatus.DRAFT)
                .forEach(congress -> shown.add(congress.id()));
        Set<Long> fellows = new HashSet<>();
        for (Object[] row : rows) {
            if (fellows.size() < MAX_FELLOWS && shown.contains(((Number) Objects.requireNonNull(row[1])).longValue())) {
                fellows.add(((Number) Objects.requireNonNull(row[0])).longValue());
            }
        }
        return fellows;
    }
}
