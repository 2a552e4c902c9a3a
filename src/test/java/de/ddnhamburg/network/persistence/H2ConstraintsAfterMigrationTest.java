package de.ddnhamburg.network.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema's CHECK constraints must keep working after the connection that created them is closed.
 *
 * <p>On a new H2 database Flyway creates the tables through one pooled connection, and Hikari
 * retires every connection after 30 minutes. H2 2.4.240 tied each {@code check (x in (...))} to the
 * session that created it, so from then on every insert into such a table failed with "Check
 * constraint invalid" caused by "The database has been closed" (h2database issues #4302, #4342):
 * an app started on an empty data directory stopped saving events, members and mails half an hour
 * later, and long test runs failed the same way. Each connection below is a session of its own.
 */
class H2ConstraintsAfterMigrationTest {

    @Test
    void checks_created_by_the_migration_still_accept_and_refuse_rows_once_its_connection_is_closed()
            throws SQLException {
        DriverManagerDataSource database =
                new DriverManagerDataSource("jdbc:h2:mem:constraints-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .outOfOrder(true)
                .load()
                .migrate();

        try (Connection later = database.getConnection()) {
            assertThat(insertEvent(later, "WORKSHOP")).isEqualTo(1);
            assertThatThrownBy(() -> insertEvent(later, "PICNIC"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("CK_EVENT_TYPE")
                    .satisfies(refused ->
                            assertThat(((SQLException) refused).getSQLState()).isEqualTo("23513"));
        }
    }

    private static int insertEvent(Connection connection, String type) throws SQLException {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (created_at, updated_at, title, event_type, description, starts_at, ends_at,
                                   format, status)
                values (?, ?, 'Back in Job', ?, '', ?, ?, 'ONLINE', 'DRAFT')
                """)) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setTimestamp(1, now);
            insert.setTimestamp(2, now);
            insert.setString(3, type);
            insert.setTimestamp(4, Timestamp.from(start));
            insert.setTimestamp(5, Timestamp.from(start.plus(2, ChronoUnit.HOURS)));
            return insert.executeUpdate();
        }
    }
}
