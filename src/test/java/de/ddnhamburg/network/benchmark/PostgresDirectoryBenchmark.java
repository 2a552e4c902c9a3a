package de.ddnhamburg.network.benchmark;

import de.ddnhamburg.network.support.PostgresTest;

@PostgresTest
class PostgresDirectoryBenchmark extends DirectoryBenchmark {

    @Override
    String database() {
        return "PostgreSQL " + jdbc.queryForObject("show server_version", String.class);
    }

    @Override
    void analyze() {
        jdbc.execute("analyze member");
        jdbc.execute("analyze member_topic");
    }
}
