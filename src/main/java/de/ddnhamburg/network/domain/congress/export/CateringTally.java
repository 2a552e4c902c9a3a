package de.ddnhamburg.network.domain.congress.export;

import de.ddnhamburg.network.domain.congress.CongressNeedsErasing;
import de.ddnhamburg.network.domain.congress.CongressRoster;
import de.ddnhamburg.network.domain.congress.RosterEntry;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catering counts of a congress whose needs were erased: counted from the needs just before
 * they go ({@link CongressNeedsErasing}, in the erasing transaction) and kept, so that the catering
 * export shows the same figures afterwards. Kept are the totals and the count of each kind; the
 * answers as people typed them are not (they are the needs themselves, in the person's words), so
 * the export's lines per answer are empty from then on.
 */
@Component
class CateringTally {

    private final CongressRoster roster;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CateringTally(CongressRoster roster, JdbcTemplate jdbc, Clock clock) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The catering counts from the registrations holding a place, as the export counts them. */
    DietaryCounts count(long congressId) {
        List<RosterEntry> expected = roster.entries(congressId, RosterFilter.all()).stream()
                .filter(entry -> entry.status().holdsPlace())
                .toList();
        return DietaryCounts.of(expected.stream().map(RosterEntry::dietaryNeeds).toList());
    }

    @EventListener
    void keep(CongressNeedsErasing erasing) {
        long congressId = erasing.congressId();
        if (kept(congressId).isPresent()) {
            return;
        }
        DietaryCounts counts = count(congressId);
        jdbc.update(
                "insert into congress_catering_tally (congress_id, people, without_needs, unrecognised, counted_at)"
                        + " values (?, ?, ?, ?, ?)",
                congressId,
                counts.people(),
                counts.withoutNeeds(),
                counts.unrecognised(),
                Timestamp.from(clock.instant()));
        for (Map.Entry<DietaryKind, Integer> kind : counts.byKind().entrySet()) {
            jdbc.update(
                    "insert into congress_catering_tally_kind (congress_id, kind, people) values (?, ?, ?)",
                    congressId,
                    kind.getKey().name(),
                    kind.getValue());
        }
    }

    /** The counts kept when the congress's needs were erased, if they were. */
    Optional<DietaryCounts> kept(long congressId) {
        List<int[]> totals = jdbc.query(
                "select people, without_needs, unrecognised from congress_catering_tally where congress_id = ?",
                (rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)},
                congressId);
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        Map<DietaryKind, Integer> byKind = new EnumMap<>(DietaryKind.class);
        jdbc.query(
                "select kind, people from congress_catering_tally_kind where congress_id = ?",
                rs -> {
                    byKind.put(DietaryKind.valueOf(rs.getString(1)), rs.getInt(2));
                },
                congressId);
        int[] total = totals.getFirst();
        return Optional.of(new DietaryCounts(total[0], total[1], byKind, total[2], Map.of()));
    }
}
