package de.ddnhamburg.network.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
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
import de.ddnhamburg.network.support.TestMembers;
import java.io.IOException;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations per second through {@link EventRegistrationService#register}, as the event page
 * calls it, on PostgreSQL: {@value #MEMBERS} members, {@value #CLIENTS} at a time, register for one
 * event with {@value #SEATS} seats, so that everyone after the first {@value #SEATS} joins the
 * waiting list. Every registration takes the event's row lock, so this measures how long one
 * registration holds it. The same run proves that nothing was overbooked: exactly {@value #SEATS}
 * confirmed, waiting positions 1..k without a gap, the counter the CHECK guards equal to the
 * seats, and a confirmation mail queued for each. Run with {@code ./mvnw -Pbench verify}; results go
 * to {@code target/benchmark/registrations.md}.
 */
@PostgresTest
class PostgresRegistrationBenchmark {

    static final int MEMBERS = 5_000;
    static final int SEATS = 1_000;
    static final int CLIENTS = 50;
    static final int WARMUP_ROUNDS = 2;
    /** The application's pool has 10 connections (Hikari's default); fewer and more for comparison. */
    static final int[] POOL_SIZES = {10, 4, 20};

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Test
    void five_thousand_members_register_for_one_event_fifty_at_a_time() throws Exception {
        List<LoginAccount> members = Events.bulkMembers(jdbc, MEMBERS);
        jdbc.execute("analyze");
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

        StringBuilder report = new StringBuilder(
                String.format(Locale.ROOT, """

                ## PostgreSQL %s

                | registrations | clients | pool | seats | seconds | registrations/s | p50 ms | p95 ms | p99 ms | max ms |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """, jdbc.queryForObject("show server_version", String.class)));
        HikariDataSource pool = (HikariDataSource) dataSource;
        int configured = pool.getMaximumPoolSize();
        for (int size : POOL_SIZES) {
            pool.setMaximumPoolSize(size);
            report.append(measure(members, size));
        }
        pool.setMaximumPoolSize(configured);
        report.append(
                        "\nEach row is its own event; checked in the same run for each: confirmed = seats = `in_person_taken`,"
                                + " waiting positions 1..")
                .append(MEMBERS - SEATS)
                .append(" without a gap, one confirmation mail (with" + " .ics) per registration.\n");
        write(report.toString());
        System.out.println(report);
    }

    private String measure(List<LoginAccount> members, int poolSize) throws Exception {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, SEATS, null));
        long mailsBefore = mails();
        Result result = run(members, eventId);

        // No overbooking, no gap, no error, every registration answered and mailed.
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
        assertThat(mails() - mailsBefore).isEqualTo(MEMBERS);

        double seconds = result.nanos() / 1e9;
        List<Double> millis = new ArrayList<>(result.millis());
        Collections.sort(millis);
        return String.format(
                Locale.ROOT,
                "| %d | %d | %d | %d | %.2f | **%.0f** | %.1f | %.1f | %.1f | %.1f |%n",
                MEMBERS,
                CLIENTS,
                poolSize,
                SEATS,
                seconds,
                MEMBERS / seconds,
                percentile(millis, 50),
                percentile(millis, 95),
                percentile(millis, 99),
                percentile(millis, 100));
    }

    record Result(List<RegistrationSummary> views, List<Double> millis, long nanos) {}

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
        return new Result(List.copyOf(views), List.copyOf(millis), nanos);
    }

    private long mails() {
        return jdbc.queryForObject(
                "select count(*) from outbox_mail where template in ('eventRegistered', 'eventWaitlisted')",
                Long.class);
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
                            + ". Each registration takes the event's row lock, so the rate is one over the time it is held.\n");
        }
        Files.writeString(file, section, StandardOpenOption.APPEND);
    }
}
