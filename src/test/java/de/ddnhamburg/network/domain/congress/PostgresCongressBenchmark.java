package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.PostgresTest;
import de.ddnhamburg.network.support.RowPools;
import de.ddnhamburg.network.support.SqlRoundTrips;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Congress registrations per second on PostgreSQL: {@value #REGISTRATIONS} members register,
 * {@value #CLIENTS} at a time, through {@link MemberCongressRegistrationService#register} (as the
 * wizard calls it: checks, placement, confirmation or waiting mail with {@code .ics} and QR code),
 * for one congress of {@value #CAPACITY} places with three categories (one with a quota of
 * {@value #PARTNER_QUOTA}) and two slots of three workshops of 20, 25 and 30 seats, each
 * registration wishing a workshop per slot with a second choice. Every registration is placed
 * under the congress's row lock (several per lock as they queue, {@link CongressLockBatches}), so
 * this measures how much work one registration costs under it. Each row runs on a pool of its
 * own size, filled before the clock starts ({@link RowPools}); the report shows the connections it had.
 *
 * <p>The same run checks the capacity invariants and that each registration queued its mail. It
 * counts the round trips to the database per registration, those under the congress lock and how
 * long the lock is held ({@link SqlRoundTrips}), and the CPU time per registration of the JVM and
 * of the PostgreSQL backends: figures that, unlike the throughput, hardly depend on what else the
 * machine runs. The round trips of one registration are listed first. Run with
 * {@code ./mvnw -Pbench verify -Dtest=PostgresCongressBenchmark}; results go to
 * {@code target/benchmark/congress.md}.
 */
@PostgresTest
// Fifty clients queue for the connections: a slow run shows as latency (the maximum in the report;
// the application gives up after Hikari's 30 s), not as a failed run.
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=300000")
@Import(PostgresCongressBenchmark.Counting.class)
class PostgresCongressBenchmark {

    /** Counts the round trips to the database, and those under the congress lock (see {@link SqlRoundTrips}). */
    static final SqlRoundTrips ROUND_TRIPS = SqlRoundTrips.lockingRowsOf("congress");

    /** Each row on a pool of its own size, filled before the clock starts (as the registration benchmark). */
    static final RowPools POOLS = new RowPools(ROUND_TRIPS);

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return POOLS.wrapper();
        }
    }

    static final int REGISTRATIONS = 4_000;
    static final int CAPACITY = 1_000;
    static final int PARTNER_QUOTA = 20;
    static final int CLIENTS = 50;
    static final int WARMUP_ROUNDS = 2;
    static final int[] WORKSHOP_SEATS = {20, 25, 30};
    static final int[] POOL_SIZES = {10, 20};

    @Autowired
    PlacementFixture fixture;

    @Autowired
    MemberCongressRegistrationService service;

    @Autowired
    MutableClock clock;

    private List<LoginAccount> members = List.of();

    record Congress(long id, long partners, long[][] workshops, List<List<SessionWish>> wishes, long[] categories) {}

    record Result(List<Double> millis, long nanos, int failures) {}

    @Test
    void four_thousand_registrations_fifty_at_a_time() throws Exception {
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        members = Events.bulkMembers(fixture.jdbc, REGISTRATIONS + 1);
        fixture.jdbc.execute("analyze");
        List<String> statements = traceOne();
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            run(congress());
            fixture.jdbc.execute("vacuum analyze");
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT, """

                ## PostgreSQL %s, %s

                | registrations | clients | pool (connections open at start / most in use) | seconds | registrations/s | p50 ms | p95 ms | p99 ms | max ms \
                | round trips per registration (under the lock) | registrations per lock | lock held per registration ms (busy) \
                | CPU per registration ms: JVM + PostgreSQL | load average before → after |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
                """, fixture.jdbc.queryForObject("show server_version", String.class), Instant.now()));
        for (int size : POOL_SIZES) {
            report.append(measure(size));
        }
        clock.reset();
        report.append("\nEach row is its own congress; checked in the same run for each: every request answered, ")
                .append("congress taken = ")
                .append(CAPACITY)
                .append(", the partner quota and every workshop exactly full, counters = rows, ")
                .append("waiting lists 1..n without a gap, pending wishes exactly for waiting registrations, ")
                .append("one mail queued per registration. A round trip is a statement or batch executed, a commit ")
                .append("or a rollback; the lock is held from the statement that takes it to the commit. CPU is the ")
                .append("benchmark's JVM (its clients do little besides calling the service) and the PostgreSQL ")
                .append(
                        "backends of its connections.\n\nThe round trips of one registration (on a congress of its own, ")
                .append("a place free):\n\n```\n")
                .append(String.join("\n", statements))
                .append("\n```\n");
        write(report.toString());
        System.out.println(report);
    }

    private String measure(int poolSize) throws Exception {
        Congress congress = congress();
        long mailsBefore = mails();
        String loadBefore = load();
        SqlRoundTrips.Totals countedBefore = ROUND_TRIPS.totals();
        long jvm;
        Map<Long, Long> postgresBefore;
        Map<Long, Long> postgresAfter;
        Result result;
        RowPools.Row pool;
        try (RowPools.Row row = POOLS.open(poolSize)) {
            pool = row;
            long jvmBefore = jvmCpuNanos();
            postgresBefore = postgresCpuNanos();
            result = run(congress);
            postgresAfter = postgresCpuNanos();
            jvm = jvmCpuNanos() - jvmBefore;
        }
        SqlRoundTrips.Totals counted = ROUND_TRIPS.totals().minus(countedBefore);
        String loadAfter = load();
        System.out.println(
                "Pool used for the row of " + poolSize + ": " + pool.shown() + ", most open " + pool.mostOpen());
        assertThat(pool.mostOpen())
                .as("the row's pool never had more connections than its size")
                .isLessThanOrEqualTo(poolSize);

        assertThat(result.failures()).isZero();
        assertThat(result.millis()).hasSize(REGISTRATIONS);
        assertThat(fixture.taken("congress", congress.id())).isEqualTo(CAPACITY);
        assertThat(fixture.taken("ticket_category", congress.partners())).isEqualTo(PARTNER_QUOTA);
        for (long[] slot : congress.workshops()) {
            for (int w = 0; w < slot.length; w++) {
                assertThat(fixture.taken("congress_session", slot[w])).isEqualTo(WORKSHOP_SEATS[w]);
            }
        }
        fixture.assertInvariants(congress.id());
        // One mail each: confirmed (with .ics and QR) or waiting.
        assertThat(mails() - mailsBefore).isEqualTo(REGISTRATIONS);

        double seconds = result.nanos() / 1e9;
        List<Double> millis = new ArrayList<>(result.millis());
        Collections.sort(millis);
        String postgres = postgresAfter.isEmpty()
                ? "?"
                : String.format(
                        Locale.ROOT,
                        "%.2f",
                        postgresAfter.entrySet().stream()
                                        .mapToLong(entry ->
                                                entry.getValue() - postgresBefore.getOrDefault(entry.getKey(), 0L))
                                        .sum()
                                / 1e6
                                / REGISTRATIONS);
        return String.format(
                Locale.ROOT,
                "| %d | %d | %s | %.2f | **%.0f** | %.1f | %.1f | %.1f | %.1f | %.2f (%.2f) | %.1f | %.2f (%.0f %%) | %.2f + %s | %s → %s |%n",
                REGISTRATIONS,
                CLIENTS,
                pool.shown(),
                seconds,
                REGISTRATIONS / seconds,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                percentile(millis, 100),
                (double) counted.roundTrips() / REGISTRATIONS,
                (double) counted.underLock() / REGISTRATIONS,
                (double) REGISTRATIONS / Math.max(1, counted.locks()),
                counted.lockNanos() / 1e6 / REGISTRATIONS,
                100.0 * counted.lockNanos() / result.nanos(),
                jvm / 1e6 / REGISTRATIONS,
                postgres,
                loadBefore,
                loadAfter);
    }

    private Congress congress() {
        long id = fixture.congress(CAPACITY);
        long members = fixture.category(id, 800);
        long guests = fixture.category(id, 800);
        long partners = fixture.category(id, PARTNER_QUOTA);
        long[] slots = {fixture.slot(id, 1), fixture.slot(id, 2)};
        long[][] workshops = new long[2][3];
        for (int s = 0; s < 2; s++) {
            for (int w = 0; w < 3; w++) {
                workshops[s][w] = fixture.workshop(id, slots[s], WORKSHOP_SEATS[w]);
            }
        }
        List<List<SessionWish>> wishes = new ArrayList<>();
        long[] categories = new long[REGISTRATIONS];
        for (int i = 0; i < REGISTRATIONS; i++) {
            int first = i % 3;
            int second = (i + 1) % 3;
            wishes.add(List.of(
                    new SessionWish(slots[0], workshops[0][first], workshops[0][second]),
                    new SessionWish(slots[1], workshops[1][second], workshops[1][first])));
            categories[i] = i % 10 == 0 ? partners : i % 2 == 0 ? members : guests;
        }
        return new Congress(id, partners, workshops, wishes, categories);
    }

    private Result run(Congress congress) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < REGISTRATIONS; i = next.getAndIncrement()) {
                    int index = i;
                    long begin = System.nanoTime();
                    try {
                        RegistrationDetails registered =
                                Acting.as(members.get(index), () -> service.register(request(congress, index)));
                        assertThat(registered.existing()).isFalse();
                        assertThat(registered.choices()).hasSize(2);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        throw e;
                    }
                    millis.add((System.nanoTime() - begin) / 1e6);
                }
                return null;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> client : running) {
            client.get(10, TimeUnit.MINUTES);
        }
        long nanos = System.nanoTime() - begin;
        clients.shutdown();
        return new Result(List.copyOf(millis), nanos, failures.get());
    }

    private static RegistrationRequest request(Congress congress, int index) {
        List<SessionPick> picks = congress.wishes().get(index).stream()
                .map(wish -> new SessionPick(wish.slotId(), wish.sessionId(), wish.secondChoiceSessionId()))
                .toList();
        return new RegistrationRequest(
                congress.id(),
                congress.categories()[index],
                null,
                "Bulk",
                "Member" + index,
                null,
                "Organisation " + index % 50,
                picks,
                RegistrationAnswers.none(),
                new BillingAddress(null, null, null, null),
                true,
                Locale.GERMAN);
    }

    /** The round trips of one registration (on a congress of its own), for the report. */
    private List<String> traceOne() {
        Congress congress = congress();
        ROUND_TRIPS.startRecording();
        List<String> lines;
        try {
            Acting.as(members.get(REGISTRATIONS), () -> service.register(request(congress, 1)));
        } finally {
            lines = ROUND_TRIPS.stopRecording();
        }
        System.out.println("--- round trips of one congress registration ---");
        lines.forEach(System.out::println);
        System.out.println("--- end of the round trips of one congress registration ---");
        return lines;
    }

    /** The CPU time of this JVM so far. */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The CPU time so far of each PostgreSQL backend serving this test's database, by process id,
     * from {@code /proc} (the server runs on this machine); empty where that cannot be read.
     */
    private Map<Long, Long> postgresCpuNanos() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Long pid : fixture.jdbc.queryForList(
                "select pid from pg_stat_activity where datname = current_database()", Long.class)) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime (fields 14 and 15 of the line), in clock ticks of 10 ms
                cpu.put(pid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L);
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
        }
        return cpu;
    }

    private long mails() {
        return Objects.requireNonNull(fixture.jdbc.queryForObject(
                "select count(*) from outbox_mail where template in ('congressConfirmed', 'congressWaitlisted')",
                Long.class));
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void write(String section) throws IOException {
        Path file = Path.of("target", "benchmark", "congress.md");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    "# Congress registration benchmark\n\n" + REGISTRATIONS + " registrations for one congress of "
                            + CAPACITY + " places (categories 800, 800 and " + PARTNER_QUOTA
                            + "; two slots of workshops with 20, 25 and 30 seats; a first and second choice per slot), "
                            + CLIENTS + " clients at a time, on "
                            + Runtime.getRuntime().availableProcessors()
                            + " cores, Java " + System.getProperty("java.version") + ". Each is a member's registration"
                            + " through `MemberCongressRegistrationService.register` (checks, placement, the"
                            + " confirmation or waiting mail with `.ics` and QR code, which the sender draws later). The machine is"
                            + " shared with"
                            + " other builds: the load average is given per row.\n");
        }
        Files.writeString(file, section, StandardOpenOption.APPEND);
    }
}
