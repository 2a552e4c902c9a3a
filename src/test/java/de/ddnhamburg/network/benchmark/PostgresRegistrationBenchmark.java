package de.ddnhamburg.network.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.RegistrationSummary;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.PostgresTest;
import de.ddnhamburg.network.support.RowPools;
import de.ddnhamburg.network.support.SqlRoundTrips;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.TestPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations per second through {@link EventRegistrationService#register}, as the event page
 * calls it, on PostgreSQL: {@value #MEMBERS} members, {@value #CLIENTS} at a time, register for one
 * event with {@value #SEATS} seats, so that everyone after the first {@value #SEATS} joins the
 * waiting list. Every registration takes the event's row lock, so this measures how long one
 * registration holds it.
 *
 * <p>Each row gets a connection pool of its own, opened and filled to its size before the clock
 * starts (minimum idle = maximum), and the report shows the connections it actually had. Around each
 * row the bare transaction on a hot row ({@link HotRowReference}: pgbench, or plain JDBC without it)
 * runs at the same number of connections, and the row's rate is reported as a share of it: that
 * share, not the absolute rate, is the goal ({@value #GOAL_SHARE_PERCENT} %), since the machine is
 * shared. The same run proves that nothing was overbooked: exactly {@value #SEATS} confirmed,
 * waiting positions 1..k without a gap, the counter the CHECK guards equal to the seats, and for
 * each registration one mail of the right kind carrying the event's {@code .ics}. A missed goal
 * fails the run. Run with {@code ./mvnw -Pbench verify}; results go to
 * {@code target/benchmark/registrations.md}.
 */
@PostgresTest
@Import(PostgresRegistrationBenchmark.Pools.class)
class PostgresRegistrationBenchmark {

    static final int MEMBERS = 5_000;
    static final int SEATS = 1_000;
    static final int CLIENTS = 50;
    static final int WARMUP_ROUNDS = 2;
    /** The application's pool has 10 connections (Hikari's default); fewer and more for comparison. */
    static final int[] POOL_SIZES = {10, 4, 20};
    /** Goal: registrations per second at least this share of the hot-row reference, per row. */
    static final int GOAL_SHARE_PERCENT = 50;
    /** How long the reference runs before and after each row. */
    static final int REFERENCE_SECONDS = 8;

    /** Counts round trips, and those under the event's row lock (see {@link SqlRoundTrips}). */
    static final SqlRoundTrips ROUND_TRIPS = SqlRoundTrips.lockingRowsOf("event");

    /** Each row on a pool of its own size, filled before the clock starts. */
    static final RowPools POOLS = new RowPools(ROUND_TRIPS);

    @TestConfiguration(proxyBeanMethods = false)
    static class Pools {

        @Bean
        static BeanPostProcessor rowPoolDataSource() {
            return POOLS.wrapper();
        }
    }

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void five_thousand_members_register_for_one_event_fifty_at_a_time() throws Exception {
        List<LoginAccount> members = Events.bulkMembers(jdbc, MEMBERS);
        jdbc.execute("analyze");
        List<String> statements = traceOne(members.getFirst());
        System.out.println("Round trips of one registration:\n" + String.join("\n", statements));
        // Warm-up: whole untimed rounds on other events, for the JIT, the connection pool and
        // PostgreSQL's caches, with the vacuum and statistics autovacuum keeps up to date on a
        // running system. Whichever pool size was measured right after a single warm-up round came
        // out about a quarter slower than measured later in the same run.
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            run(
                    members,
                    Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, SEATS, null)));
            jdbc.execute("vacuum analyze");
        }

        List<Row> rows = new ArrayList<>();
        try (HotRowReference reference = new HotRowReference(TestPostgres.database())) {
            StringBuilder report = new StringBuilder(String.format(
                    Locale.ROOT,
                    """

                    ## PostgreSQL %s, %s

                    Reference: %s, the transaction `SELECT ... FOR UPDATE` of one row, insert, update \
                    of the row, commit, at the row's number of connections for %d s before and %d s after \
                    the row (the table gives their mean). Goal per row: registrations/s at least %d %% of \
                    the reference.

                    | registrations | clients | pool (connections open at start / most in use) | seats \
                    | seconds | registrations/s | reference tx/s (before, after) | share of reference (goal ≥ %d %%) \
                    | p50 ms | p95 ms | p99 ms | max ms | round trips per registration (under the lock) \
                    | registrations per lock | lock held per registration ms | load average before / after |
                    | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
                    """,
                    jdbc.queryForObject("show server_version", String.class),
                    java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0) + " UTC",
                    reference.tool(),
                    REFERENCE_SECONDS,
                    REFERENCE_SECONDS,
                    GOAL_SHARE_PERCENT,
                    GOAL_SHARE_PERCENT));
            for (int size : POOL_SIZES) {
                Row row = measure(members, size, reference);
                rows.add(row);
                report.append(row.line());
                System.out.println(row.line());
            }
            report.append("\nEach row is its own event and its own pool; checked in the same run for each:"
                            + " confirmed = seats = `in_person_taken`, waiting positions 1..")
                    .append(MEMBERS - SEATS)
                    .append(" without a gap, and per registration one mail of its kind (confirmed or waiting)"
                            + " whose attachment is the event's `.ics` (`text/calendar`, `BEGIN:VCALENDAR`).\n")
                    .append("\nRound trips of one registration (`[lock]`: while the event's row is locked):\n\n```\n")
                    .append(String.join("\n", statements))
                    .append("\n```\n");
            write(report.toString());
            System.out.println(report);
        }
        assertThat(rows)
                .as("every row at least " + GOAL_SHARE_PERCENT + " % of the hot-row reference")
                .allSatisfy(row -> assertThat(row.sharePercent())
                        .as("pool " + row.poolSize() + ": registrations/s as a share of the reference (%)")
                        .isGreaterThanOrEqualTo(GOAL_SHARE_PERCENT));
    }

    /** The round trips of one registration (on an event of its own, with a seat free), for the report. */
    private List<String> traceOne(LoginAccount member) {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, SEATS, null));
        ROUND_TRIPS.startRecording();
        try {
            Acting.as(member, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        } finally {
            statementsOfOne = ROUND_TRIPS.stopRecording();
        }
        // That member is registered for this event only; the rows use events of their own.
        return statementsOfOne;
    }

    private List<String> statementsOfOne = List.of();

    record Row(
            int poolSize,
            int openAtStart,
            int mostInUse,
            double seconds,
            double perSecond,
            double referenceBefore,
            double referenceAfter,
            List<Double> sortedMillis,
            SqlRoundTrips.Totals counted,
            String loadBefore,
            String loadAfter) {

        double reference() {
            return (referenceBefore + referenceAfter) / 2;
        }

        double sharePercent() {
            return 100 * perSecond / reference();
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "| %d | %d | %d (%d / %d) | %d | %.2f | **%.0f** | %.0f (%.0f, %.0f) | **%.0f %%** | %.1f | %.1f | %.1f"
                            + " | %.1f | %.1f (%.1f) | %.1f | %.2f | %s / %s |%n",
                    MEMBERS,
                    CLIENTS,
                    poolSize,
                    openAtStart,
                    mostInUse,
                    SEATS,
                    seconds,
                    perSecond,
                    reference(),
                    referenceBefore,
                    referenceAfter,
                    sharePercent(),
                    percentile(sortedMillis, 50),
                    percentile(sortedMillis, 95),
                    percentile(sortedMillis, 99),
                    percentile(sortedMillis, 100),
                    (double) counted.roundTrips() / MEMBERS,
                    (double) counted.underLock() / MEMBERS,
                    (double) MEMBERS / Math.max(1, counted.locks()),
                    // Per registration, not per lock: a lock may place several (RegistrationLock).
                    counted.lockNanos() / 1e6 / MEMBERS,
                    loadBefore,
                    loadAfter);
        }
    }

    private Row measure(List<LoginAccount> members, int poolSize, HotRowReference reference) throws Exception {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, SEATS, null));
        String loadBefore = load();
        double referenceBefore = reference.measure(poolSize, REFERENCE_SECONDS).perSecond();
        Result result;
        RowPools.Row pool;
        try (RowPools.Row row = POOLS.open(poolSize)) {
            pool = row;
            SqlRoundTrips.Totals countedBefore = ROUND_TRIPS.totals();
            result = run(members, eventId);
            result = result.with(ROUND_TRIPS.totals().minus(countedBefore));
        }
        System.out.println(
                "Pool used for the row of " + poolSize + ": " + pool.shown() + ", most open " + pool.mostOpen());
        assertThat(pool.mostOpen())
                .as("the row's pool never had more connections than its size")
                .isLessThanOrEqualTo(poolSize);
        double referenceAfter = reference.measure(poolSize, REFERENCE_SECONDS).perSecond();
        String loadAfter = load();

        // No overbooking, no gap, no error, every registration answered and mailed with its .ics.
        assertThat(result.views()).hasSize(MEMBERS);
        assertThat(result.views())
                .filteredOn(view -> view.status() == RegistrationStatus.CONFIRMED)
                .hasSize(SEATS);
        int confirmed = jdbc.queryForObject(
                "select count(*) from event_registration where event_id = ? and status = 'CONFIRMED'",
                Integer.class,
                eventId);
        List<Integer> positions = jdbc.queryForList(
                "select waiting_position from event_registration where event_id = ?"
                        + " and status = 'WAITLISTED' order by waiting_position",
                Integer.class,
                eventId);
        int taken = jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId);
        assertThat(confirmed).isEqualTo(SEATS);
        assertThat(taken).isEqualTo(SEATS);
        assertThat(positions)
                .isEqualTo(IntStream.rangeClosed(1, MEMBERS - SEATS).boxed().toList());
        assertEveryRegistrationMailedWithIcs(eventId);

        List<Double> millis = new ArrayList<>(result.millis());
        Collections.sort(millis);
        double seconds = result.nanos() / 1e9;
        return new Row(
                poolSize,
                pool.openAtStart(),
                pool.mostInUse(),
                seconds,
                MEMBERS / seconds,
                referenceBefore,
                referenceAfter,
                millis,
                result.counted(),
                loadBefore,
                loadAfter);
    }

    /**
     * Per registration of the event exactly one mail of its kind, queued with its current version
     * (the confirmation's fact key), whose attachment is the event's {@code .ics}.
     */
    private void assertEveryRegistrationMailedWithIcs(long eventId) {
        List<String> problems = jdbc.queryForList("""
                select r.id || ' ' || r.status || ': ' || count(m.id) || ' mails, templates '
                       || coalesce(string_agg(m.template, ','), '-') || ', attachments '
                       || coalesce(string_agg(coalesce(m.attachment_name, 'none') || ' ' || coalesce(m.attachment_type, ''), ','), '-')
                  from event_registration r
                  left join outbox_mail m on m.fact_key = 'event.registered:' || r.id || ':' || r.version
                 where r.event_id = ?
                 group by r.id, r.status
                having count(m.id) <> 1
                    or bool_or(m.template <> case r.status when 'CONFIRMED' then 'eventRegistered' else 'eventWaitlisted' end)
                    or bool_or(m.attachment_name is null or m.attachment_name not like '%.ics'
                               or m.attachment_type not like 'text/calendar%'
                               or m.attachment_content not like 'BEGIN:VCALENDAR%')
                 limit 5
                """, String.class, eventId);
        assertThat(problems)
                .as("every registration has exactly one confirmation mail of its kind with the event's .ics")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration where event_id = ?", Integer.class, eventId))
                .isEqualTo(MEMBERS);
    }

    record Result(List<RegistrationSummary> views, List<Double> millis, long nanos, SqlRoundTrips.Totals counted) {

        Result with(SqlRoundTrips.Totals totals) {
            return new Result(views, millis, nanos, totals);
        }
    }

    private Result run(List<LoginAccount> members, long eventId) throws Exception {
        ConcurrentLinkedQueue<LoginAccount> queue = new ConcurrentLinkedQueue<>(members);
        ConcurrentLinkedQueue<RegistrationSummary> views = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(clients.submit(() -> {
                start.await();
                for (LoginAccount member = queue.poll(); member != null; member = queue.poll()) {
                    long begin = System.nanoTime();
                    views.add(Acting.as(member, () -> registrations.register(eventId, SeatKind.IN_PERSON)));
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
        return new Result(List.copyOf(views), List.copyOf(millis), nanos, ROUND_TRIPS.totals());
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
        Path file = Path.of("target", "benchmark", "registrations.md");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    "# Registration benchmark\n\n" + MEMBERS + " members register for one event with "
                            + SEATS + " seats through `EventRegistrationService.register`, " + CLIENTS
                            + " at a time, on "
                            + Runtime.getRuntime().availableProcessors() + " cores, Java "
                            + System.getProperty("java.version")
                            + ". Each registration takes the event's row lock, so the rate is one over the time it is held;"
                            + " each row is compared with the bare hot-row transaction measured around it.\n");
        }
        Files.writeString(file, section, StandardOpenOption.APPEND);
    }
}
