package de.ddnhamburg.network.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.audit.AuditRetention;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GuestHoldExpiry;
import de.ddnhamburg.network.domain.event.GuestRegistrationRequest;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.mail.OutboxRetention;
import de.ddnhamburg.network.domain.member.AccountRetention;
import de.ddnhamburg.network.domain.member.JoinRequest;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention jobs delete what is past its time and keep what is not (docs/personal-data.md). */
@IntegrationTest
class RetentionTest {

    @Autowired
    PasswordResetService resets;

    @Autowired
    JoiningService joining;

    @Autowired
    EventService events;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    OutboxRetention outboxRetention;

    @Autowired
    AuditRetention auditRetention;

    @Autowired
    AccountRetention accountRetention;

    @Autowired
    GuestHoldExpiry guestJobs;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void mails_security_log_links_and_unconfirmed_joins_go_after_their_time() {
        Instant now = clock.instant();
        String old = Contacts.uniqueEmail("alt");
        String recent = Contacts.uniqueEmail("neu");
        String unconfirmed = Contacts.uniqueEmail("unbestaetigt");
        testMembers.ensure(old, "Olga", "Alt", Set.of(Roles.MEMBER));
        testMembers.ensure(recent, "Nora", "Neu", Set.of(Roles.MEMBER));

        clock.set(now.minus(Duration.ofDays(400)));
        resets.requestReset(old);
        joining.join(new JoinRequest(
                "Ulf",
                "Unbestätigt",
                unconfirmed,
                null,
                "ein langes Passwort",
                "ein langes Passwort",
                true,
                Locale.GERMAN));
        clock.set(now.minus(Duration.ofDays(6)));
        resets.requestReset(recent);
        clock.set(now);
        jdbc.update("update outbox_mail set status = 'SENT' where recipient in (?, ?)", old, recent);

        // As the nightly schedule calls them: each job's own entry point.
        outboxRetention.runOnSchedule();
        auditRetention.runOnSchedule();
        accountRetention.runOnSchedule();

        assertThat(count("select count(*) from outbox_mail where recipient = ?", old))
                .isZero();
        assertThat(count("select count(*) from outbox_mail where recipient = ?", recent))
                .isOne();
        assertThat(count("select count(*) from audit_entry where actor = ?", old))
                .isZero();
        assertThat(count("select count(*) from audit_entry where actor = ?", recent))
                .isPositive();
        assertThat(count(
                        "select count(*) from member_token t join member m on m.id = t.member_id where m.email = ?",
                        old))
                .isZero();
        assertThat(count(
                        "select count(*) from member_token t join member m on m.id = t.member_id where m.email = ?",
                        recent))
                .isOne();
        assertThat(count("select count(*) from member where email = ?", unconfirmed))
                .isZero();
        assertThat(count("select count(*) from member where email = ?", old)).isOne();
    }

    @Test
    void a_guest_who_chose_the_name_dash_is_erased_too_and_their_mails_go_with_them() {
        Instant now = clock.instant();
        clock.set(now.minus(Duration.ofDays(200)));
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 10, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        String email = Contacts.uniqueEmail("strich");
        guests.register(eventId, new GuestRegistrationRequest("–", email, null, null, true, Locale.GERMAN));
        guests.confirm(GuestMailbox.confirmToken(new GuestMailbox(jdbc).last(email)));
        clock.set(now);

        guestJobs.eraseOldGuests();

        assertThat(count("select count(*) from event_registration where guest_email = ?", email))
                .isZero();
        assertThat(count("select count(*) from outbox_mail where recipient = ?", email))
                .isZero();
    }

    private long count(String sql, Object argument) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, argument));
    }
}
