package de.ddnhamburg.network.benchmark;

import de.ddnhamburg.network.domain.member.DirectorySearchOrder;
import de.ddnhamburg.network.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class PostgresDirectoryBenchmark extends DirectoryBenchmark {

    @Autowired
    DirectorySearchOrder searchOrder;

    @Override
    String database() {
        return "PostgreSQL " + jdbc.queryForObject("show server_version", String.class);
    }

    /**
     * As autovacuum would after a bulk load: statistics for the planner, and a visibility map so
     * that index-only scans need not visit the table. member_search is then rewritten in name order
     * by the nightly {@link DirectorySearchOrder} job, as it would be the night after an import: its
     * triggers write each member's row once for the member and once per topic, which also leaves
     * two thirds of the table dead space that a plain vacuum does not return.
     */
    @Override
    void analyze() {
        jdbc.execute("vacuum analyze member");
        searchOrder.restore();
        jdbc.execute("vacuum analyze member_search");
        jdbc.execute("vacuum analyze member_topic");
    }

    @Override
    Double goalMedianMillis() {
        return 10.0;
    }

    @Override
    double goalP95Millis() {
        return 30;
    }
}
