package de.ddnhamburg.network.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.DirectoryFilter;
import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Directory queries against 100,000 members, measured through the domain service as the directory
 * view calls it when its filter changes: {@code firstPage}, the first 50 cards plus the count. Run with {@code ./mvnw -Pbench verify}; results go to
 * {@code target/benchmark/directory.md}. Not part of the normal test run.
 */
abstract class DirectoryBenchmark {

    static final int MEMBERS = 100_000;
    static final int WARMUP = 30;
    static final int RUNS = 200;

    @Autowired
    MemberDirectoryService directory;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    abstract String database();

    abstract void analyze();

    /** Goal for every query's median in ms, or {@code null} for none. */
    abstract @Nullable Double goalMedianMillis();

    /** Goal for every query's p95 in ms. */
    abstract double goalP95Millis();

    @Test
    void directory_queries_on_100000_members() throws IOException {
        long loadStart = System.nanoTime();
        if (!DirectoryDataGenerator.alreadyLoaded(jdbc, MEMBERS)) {
            DirectoryDataGenerator.load(jdbc, MEMBERS);
        }
        analyze();
        Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
        SecurityTestSupport.signIn(testMembers.member());

        Map<String, DirectoryFilter> queries = new LinkedHashMap<>();
        queries.put("name prefix `schm`", DirectoryFilter.all().withText("schm"));
        queries.put("organisation substring `logistik`", DirectoryFilter.all().withOrganisation("logistik"));
        queries.put("expertise word `mentoring`", DirectoryFilter.all().withText("mentoring"));
        queries.put("topic filter `fuehrung`", DirectoryFilter.all().withTopic("fuehrung"));
        queries.put(
                "combination `berat` + topic + district",
                DirectoryFilter.all().withText("berat").withTopic("diversity").withDistrict(District.ALTONA));
        queries.put("no filter (first page, all members)", DirectoryFilter.all());

        StringBuilder report = new StringBuilder();
        report.append("\n## ")
                .append(database())
                .append(" (")
                .append(MEMBERS)
                .append(" members, ")
                .append(RUNS)
                .append(" runs after ")
                .append(WARMUP)
                .append(" warm-up runs; data loaded in ")
                .append(load.toSeconds())
                .append(" s; load average before ")
                .append(load())
                .append(")\n\nGoals per query: ")
                .append(goalMedianMillis() == null ? "" : "median under " + goalMedianMillis() + " ms, ")
                .append("p95 under ")
                .append(goalP95Millis())
                .append(" ms.\n\n")
                .append("| query | matches | median ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        List<String> missed = new ArrayList<>();
        for (var query : queries.entrySet()) {
            var count = directory.firstPage(query.getValue(), 50, Locale.GERMAN).count();
            String matches = count.value() + (count.exact() ? "" : "+");
            List<Double> millis = measure(query.getValue());
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f | %.1f | %.1f |%n",
                    query.getKey(),
                    matches,
                    percentile(millis, 50),
                    percentile(millis, 95),
                    percentile(millis, 100)));
            assertThat(count.value())
                    .as("the generated data matches every benchmark query")
                    .isPositive();
            Double goalMedian = goalMedianMillis();
            if (goalMedian != null && percentile(millis, 50) >= goalMedian) {
                missed.add(query.getKey() + ": median " + percentile(millis, 50) + " ms");
            }
            if (percentile(millis, 95) >= goalP95Millis()) {
                missed.add(query.getKey() + ": p95 " + percentile(millis, 95) + " ms");
            }
        }
        SecurityTestSupport.signOut();
        report.append("\nLoad average after: ")
                .append(load())
                .append(
                        missed.isEmpty()
                                ? ". Every goal met.\n"
                                : ". Goals missed: " + String.join("; ", missed) + ".\n");
        write(report.toString());
        System.out.println(report);
        assertThat(missed).as("queries that missed their goal").isEmpty();
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private List<Double> measure(DirectoryFilter filter) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            directory.firstPage(filter, 50, Locale.GERMAN);
            if (i >= WARMUP) {
                millis.add((System.nanoTime() - start) / 1_000_000.0);
            }
        }
        millis.sort(Double::compare);
        return millis;
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void write(String section) throws IOException {
        Path file = Path.of("target", "benchmark", "directory.md");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    "# Directory benchmark\n\nThrough `MemberDirectoryService`: first page of 50 plus the"
                            + " count (which stops at 1,000: `1000+`), on "
                            + Runtime.getRuntime().availableProcessors() + " cores, Java "
                            + System.getProperty("java.version") + ".\n");
        }
        Files.writeString(file, section, StandardOpenOption.APPEND);
    }
}
