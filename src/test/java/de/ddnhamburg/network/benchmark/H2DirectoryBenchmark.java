package de.ddnhamburg.network.benchmark;

import de.ddnhamburg.network.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.TestPropertySource;

/** H2 would otherwise answer a repeated query from its result cache and measure nothing. */
@IntegrationTest
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:ddn-bench;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE")
class H2DirectoryBenchmark extends DirectoryBenchmark {

    @Override
    String database() {
        return "H2 " + jdbc.queryForObject("select h2version()", String.class) + " (in memory)";
    }

    @Override
    void analyze() {
        jdbc.execute("analyze");
    }

    @Override
    @Nullable
    Double goalMedianMillis() {
        return null;
    }

    @Override
    double goalP95Millis() {
        return 100;
    }
}
