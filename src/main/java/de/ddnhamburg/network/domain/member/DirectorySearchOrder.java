package de.ddnhamburg.network.domain.member;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts PostgreSQL's directory search table back into name order on disk, once a night on one node
 * (ShedLock). Members who lie next to each other in the list, as those a name search finds, then
 * share pages, so such a search reads far fewer of them (migration V065; the figures are in
 * docs/decisions/005-directory-query.md). New and changed profiles are written wherever there is
 * room, so the order decays during the day and is restored here. {@code CLUSTER} locks the table
 * while it rewrites it, a few seconds: directory searches and profile saves wait that long, at night. H2 has no such table; nothing happens there.
 */
@Component
public class DirectorySearchOrder {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySearchOrder.class);

    private final JdbcTemplate jdbc;
    private final DirectoryQuery query;

    DirectorySearchOrder(JdbcTemplate jdbc, DirectoryQuery query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    @Scheduled(cron = "${app.directory.reorder-cron}", zone = "Europe/Berlin") // ClockConfig.DISPLAY_ZONE
    @SchedulerLock(name = "directory-search-order", lockAtMostFor = "PT30M")
    public void runOnSchedule() {
        restore();
    }

    /** @return whether there was a table to put in order */
    public boolean restore() {
        if (!query.postgres()) {
            return false;
        }
        long start = System.nanoTime();
        // Outside a transaction: CLUSTER commits on its own, and ANALYZE then sees the new layout.
        jdbc.execute("cluster member_search");
        jdbc.execute("analyze member_search");
        LOG.info("Directory search table put in name order in {} ms", (System.nanoTime() - start) / 1_000_000);
        return true;
    }
}
