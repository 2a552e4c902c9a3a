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
     * that index-only scans need not visit the table.
     */
    @Override
    void analyze() {
        jdbc.execute("vacuum analyze member");
        jdbc.execute("vacuum analyze member_search");
        jdbc.execute("vacuum analyze member_topic");
    }
}
