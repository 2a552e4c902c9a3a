package de.ddnhamburg.network.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh, empty PostgreSQL database for this test run, without manual set-up:
 * <ol>
 *   <li>the server named by {@code TEST_POSTGRES_URL} (with {@code TEST_POSTGRES_USER} and
 *       {@code TEST_POSTGRES_PASSWORD}), if set;
 *   <li>else a server on {@code 127.0.0.1:5432} with trust authentication, as on our build machines
 *       and CI ({@code .ci/run} starts it);
 *   <li>else an embedded PostgreSQL started from a Maven dependency (zonky).
 * </ol>
 * Each run creates its own database and drops it at the end, so parallel runs do not collide.
 */
public final class TestPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    public record Database(String url, String user, String password) {}

    private static Database database;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {}

    public static synchronized Database database() {
        if (database == null) {
            // TEST_POSTGRES_REUSE=<database> runs against a database kept by an earlier run (and keeps
            // it), so that a benchmark need not load its 100,000 members again.
            String reuse = System.getenv("TEST_POSTGRES_REUSE");
            if (reuse != null && !reuse.isBlank()) {
                Database server = server();
                database = new Database(
                        server.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + reuse.strip() + "$1"),
                        server.user(),
                        server.password());
                LOG.warn("Reusing test database {}", database.url());
                return database;
            }
            database = createDatabase(server());
            // TEST_POSTGRES_KEEP=true keeps the database for a look at query plans after a run.
            if (!"true".equals(System.getenv("TEST_POSTGRES_KEEP"))) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropDatabase));
            } else {
                LOG.warn("Keeping test database {}", database.url());
            }
        }
        return database;
    }

    /** Another empty database on the same server, for tests that need a database nobody else touched. */
    public static synchronized Database freshDatabase() {
        database();
        String serverUrl = database.url().replaceFirst("/[^/?]*(\\?.*)?$", "/postgres$1");
        return createDatabase(new Database(serverUrl, database.user(), database.password()));
    }

    private static Database server() {
        String url = System.getenv("TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, env("TEST_POSTGRES_USER", "postgres"), env("TEST_POSTGRES_PASSWORD", ""));
        }
        for (String user : new String[] {"postgres", System.getProperty("user.name")}) {
            Database local = new Database(LOCAL_SERVER + "postgres", user, "");
            if (canConnect(local)) {
                LOG.info("Using the PostgreSQL server at 127.0.0.1:5432 as {}", user);
                return local;
            }
        }
        LOG.info("No PostgreSQL server at 127.0.0.1:5432; starting an embedded one");
        try {
            embedded = EmbeddedPostgres.builder().start();
            return new Database(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL; set TEST_POSTGRES_URL", e);
        }
    }

    private static Database createDatabase(Database server) {
        String name = "ddn_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(server, "create database " + name);
        String url = server.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        return new Database(url, server.user(), server.password());
    }

    private static void dropDatabase() {
        try {
            String name = database.url().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
            String serverUrl = database.url().replaceFirst("/[^/?]*(\\?.*)?$", "/postgres$1");
            execute(
                    new Database(serverUrl, database.user(), database.password()),
                    "drop database if exists " + name + " with (force)");
        } catch (RuntimeException e) {
            LOG.debug("Could not drop the test database", e);
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    LOG.debug("Could not stop the embedded PostgreSQL", e);
                }
            }
        }
    }

    private static boolean canConnect(Database server) {
        try (Connection ignored = DriverManager.getConnection(server.url(), server.user(), server.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(Database server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test set-up failed: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
