package de.ddnhamburg.network.benchmark;

import de.ddnhamburg.network.support.IntegrationTest;

@IntegrationTest
class H2DirectoryBenchmark extends DirectoryBenchmark {

    @Override
    String database() {
        return "H2 " + jdbc.queryForObject("select h2version()", String.class) + " (in memory)";
    }

    @Override
    void analyze() {
        jdbc.execute("analyze");
    }
}
