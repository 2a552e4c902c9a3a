package de.ddnhamburg.network.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.ddnhamburg.network.Application;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventProvisioning;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.RegistrationSummary;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.TestPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, point 6: the backup procedure of the README ("Backup and restore"), end to end. A
 * database with the demo data and some event registrations (confirmed and waiting) is dumped with
 * {@code pg_dump -Fc} and restored with {@code pg_restore} into an empty database; the application
 * starts on the copy (Flyway validates every migration's checksum), every table holds the same rows
 * (count and checksum of all rows per table, and the first rows of the main tables compared one by
 * one), the sequences go on where they stood, and the copy takes new registrations at the right
 * place of the waiting list. Skipped only where {@code pg_dump} or {@code pg_restore} is missing.
 */
class PostgresBackupRestoreTest {

    private static final String PASSWORD = "ein langes Passwort für die Sicherung";
    private static final List<String> SAMPLED_TABLES =
            List.of("member", "event", "event_registration", "outbox_mail", "flyway_schema_history");

    @Test
    void a_dump_restored_into_an_empty_database_runs_the_application_with_the_same_data(@TempDir Path directory)
            throws Exception {
        assumeTrue(installed("pg_dump") && installed("pg_restore"), "pg_dump and pg_restore are not installed");
        TestPostgres.Database original = TestPostgres.freshDatabase();
        long eventId;
        try (ConfigurableApplicationContext node = node(original, true)) {
            eventId = populate(node);
        }

        Path dump = directory.resolve("ddn-network.dump");
        run(original, "pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + libpq(original));
        assertThat(Files.size(dump)).isPositive();
        TestPostgres.Database restored = TestPostgres.freshDatabase();
        run(restored, "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString());

        Map<String, String> before = contents(original);
        Map<String, String> after = contents(restored);
        assertThat(before).containsKeys("table member", "table event_registration", "table congress_registration");
        assertThat(before.get("table member")).as("demo data present").doesNotStartWith("0 rows");
        assertThat(after).isEqualTo(before);
        for (String table : SAMPLED_TABLES) {
            assertThat(firstRows(restored, table))
                    .as(table)
                    .isEqualTo(firstRows(original, table))
                    .isNotEmpty();
        }

        try (ConfigurableApplicationContext node = node(restored, false)) {
            // Flyway validated every checksum at start (validate-on-migrate), or the context would
            // not have started; and it found nothing to apply: the history is the restored one.
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) || ' ' || bool_and(success) from flyway_schema_history", String.class))
                    .isEqualTo(Objects.requireNonNull(before.get("table flyway_schema_history"))
                                    .split(" ")[0] + " true");
            // The sequences go on after the restored rows: new members and registrations are saved,
            // and the waiting list continues where it stood.
            LoginAccount newcomer = account(node, "nachher");
            RegistrationSummary late = Acting.as(
                    newcomer, () -> node.getBean(EventRegistrationService.class).register(eventId, SeatKind.IN_PERSON));
            assertThat(late.status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(late.waitingPosition()).isEqualTo(3);
            assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId))
                    .isEqualTo(3);
        }
    }

    /** Demo data, then an event with 3 seats and 5 members registered: 3 confirmed, 2 waiting, 5 mails. */
    private static long populate(ConfigurableApplicationContext node) {
        LoginAccount admin = account(node, "sicherung", Set.of(Roles.MEMBER, Roles.ADMIN));
        long eventId = Acting.as(
                admin,
                () -> node.getBean(EventProvisioning.class)
                        .createPublished(Events.draft(node.getBean(Clock.class), EventFormat.IN_PERSON, 3, null)));
        List<RegistrationStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LoginAccount member = account(node, "teilnehmer" + i);
            statuses.add(Acting.as(
                            member,
                            () -> node.getBean(EventRegistrationService.class).register(eventId, SeatKind.IN_PERSON))
                    .status());
        }
        assertThat(statuses)
                .containsExactly(
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.CONFIRMED,
                        RegistrationStatus.WAITLISTED,
                        RegistrationStatus.WAITLISTED);
        return eventId;
    }

    /** Per table its row count and an MD5 over all its rows in a fixed order; per sequence its value. */
    private static Map<String, String> contents(TestPostgres.Database database) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|'"
                        + " order by t::text)), '-') from \"" + table + "\" t")) {
                    rows.next();
                    contents.put("table " + table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("select sequencename, last_value from pg_sequences"
                    + " where schemaname = 'public' order by sequencename")) {
                while (rows.next()) {
                    contents.put("sequence " + rows.getString(1), String.valueOf(rows.getObject(2)));
                }
            }
        }
        return contents;
    }

    private static List<List<Object>> firstRows(TestPostgres.Database database, String table) throws SQLException {
        List<List<Object>> sample = new ArrayList<>();
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from \"" + table + "\" order by 1 limit 20")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(String.valueOf(rows.getObject(column)));
                }
                sample.add(row);
            }
        }
        return sample;
    }

    private static Connection connect(TestPostgres.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** The JDBC address as a libpq connection URI ({@code postgresql://host:port/database}), with the user. */
    private static String libpq(TestPostgres.Database database) {
        String uri = database.url().substring("jdbc:".length());
        return uri + (uri.contains("?") ? "&" : "?") + "user=" + database.user();
    }

    private static void run(TestPostgres.Database database, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ":\n" + output)
                .isZero();
    }

    private static boolean installed(String program) {
        String path = System.getenv("PATH");
        for (String directory : (path == null ? "" : path).split(File.pathSeparator, -1)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private static LoginAccount account(ConfigurableApplicationContext node, String name) {
        return account(node, name, Set.of(Roles.MEMBER));
    }

    private static LoginAccount account(ConfigurableApplicationContext node, String name, Set<String> roles) {
        MemberProvisioning provisioning = node.getBean(MemberProvisioning.class);
        String email = Contacts.uniqueEmail(name);
        provisioning.createActive(
                new NewMember(email, name, "Sicherung", "Testorganisation", Set.of(), roles),
                provisioning.encodePassword(PASSWORD));
        return node.getBean(MemberService.class).findLoginAccount(email).orElseThrow();
    }

    private static ConfigurableApplicationContext node(TestPostgres.Database database, boolean demoData) {
        // As arguments, so that they win over the test profile's properties.
        List<String> arguments = List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--app.demo-data.enabled=" + demoData);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments.toArray(String[]::new));
    }
}
