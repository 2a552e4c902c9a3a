package de.ddnhamburg.network.browser;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Congress rows written straight into the packaged app's database ({@link BrowserJourney#database()}),
 * for journeys that need what no admin page of theirs builds: a congress taking place today, a
 * workshop that is full already. Every row is stamped with the same {@code now}.
 */
final class CongressRows {

    private final Connection db;
    private final Timestamp now;

    CongressRows(Connection db, Instant now) {
        this.db = db;
        this.now = Timestamp.from(now);
    }

    /** A published congress of one day at the Handelskammer, 300 places of which one is taken. */
    long congress(
            String title,
            @Nullable String subtitle,
            LocalDate day,
            Instant registrationOpens,
            Instant registrationCloses,
            Instant cancellationDeadline)
            throws SQLException {
        return insert(
                "insert into congress (created_at, updated_at, title, subtitle, description, first_day, day_count,"
                        + " venue_name, venue_address, registration_opens_at, registration_closes_at,"
                        + " cancellation_deadline, capacity, taken, contact_name, contact_email, status)"
                        + " values (?, ?, ?, ?, 'Der Fachkongress.', ?, 1, 'Handelskammer Hamburg',"
                        + " 'Adolphsplatz 1, 20457 Hamburg', ?, ?, ?, 300, 1, 'Kongressbüro',"
                        + " 'kongress@example.org', 'PUBLISHED')",
                now,
                now,
                title,
                subtitle,
                Date.valueOf(day),
                Timestamp.from(registrationOpens),
                Timestamp.from(registrationCloses),
                Timestamp.from(cancellationDeadline));
    }

    /** The paid category "Nichtmitglied" (89 € incl. 19 % VAT, 100 places, one taken), open to everyone. */
    long guestCategory(long congressId, String description) throws SQLException {
        return insert(
                "insert into ticket_category (created_at, updated_at, congress_id, name, description, price_gross,"
                        + " vat_rate, quota, taken, eligibility, sort_order)"
                        + " values (?, ?, ?, 'Nichtmitglied', ?, ?, 19, 100, 1, 'EVERYONE', 1)",
                now,
                now,
                congressId,
                description,
                new BigDecimal("89.00"));
    }

    long room(long congressId, String name, int capacity) throws SQLException {
        return insert(
                "insert into congress_room (created_at, updated_at, congress_id, name, capacity) values (?, ?, ?, ?, ?)",
                now,
                now,
                congressId,
                name,
                capacity);
    }

    long slot(long congressId, Instant startsAt, Instant endsAt) throws SQLException {
        return insert(
                "insert into congress_slot (created_at, updated_at, congress_id, day_number, starts_at, ends_at)"
                        + " values (?, ?, ?, 1, ?, ?)",
                now,
                now,
                congressId,
                Timestamp.from(startsAt),
                Timestamp.from(endsAt));
    }

    long workshop(long congressId, long slotId, long roomId, String title, int capacity, int taken)
            throws SQLException {
        return insert(
                "insert into congress_session (created_at, updated_at, congress_id, slot_id, room_id, session_type,"
                        + " title, abstract_text, capacity, taken, status)"
                        + " values (?, ?, ?, ?, ?, 'WORKSHOP', ?, 'Ein Workshop.', ?, ?, 'SCHEDULED')",
                now,
                now,
                congressId,
                slotId,
                roomId,
                title,
                capacity,
                taken);
    }

    /** The registration's seat in the workshop of the slot. */
    long seat(long registrationId, long slotId, long sessionId) throws SQLException {
        return insert(
                "insert into congress_session_choice (created_at, updated_at, registration_id, slot_id, session_id,"
                        + " status, chosen_at) values (?, ?, ?, ?, ?, 'SEATED', ?)",
                now,
                now,
                registrationId,
                slotId,
                sessionId,
                now);
    }

    /** Inserts a row and returns its id. */
    long insert(String sql, @Nullable Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
