package de.ddnhamburg.network.benchmark;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresDirectoryBenchmark extends DirectoryBenchmark {

    @Override
    String database() {
        return "PostgreSQL " + jdbc.queryForObject("show server_version", String.class);
    }

    /**
     * As autovacuum would after a bulk load: statistics for the planner, and a visibility map so
     * that index-only scans need not visit the table. member_search is rewritten first, as after
     * any bulk import: its triggers write each member's row once for the member and once per topic,
     * which leaves two thirds of the table dead space that a plain vacuum does not return.
     */
    @Override
    void analyze() {
        jdbc.execute("vacuum analyze member");
        jdbc.execute("vacuum full member_search");
        jdbc.execute("vacuum analyze member_search");
        jdbc.execute("vacuum analyze member_topic");
    }
}
