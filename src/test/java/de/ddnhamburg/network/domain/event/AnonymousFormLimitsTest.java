package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.JoinRequest;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OperatorSettings;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The anonymous forms are limited per client address (Bucket4j, 10 per hour by default), on top of
 * the limits per e-mail address; and what an attacker types never opens a mail.
 */
@IntegrationTest
@OperatorSettings
class AnonymousFormLimitsTest {

    static final int PER_ADDRESS = OperatorSettings.FORM_LIMIT_PER_ADDRESS;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    JoiningService joining;

    @Autowired
    PasswordResetService resets;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientLimits clientLimits;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    @Test
    void a_script_with_fresh_addresses_takes_at_most_the_limit_of_seats_from_one_client_address() {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 100, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        comingFrom("203.0.113.10");

        int refused = 0;
        for (int i = 0; i < PER_ADDRESS + 15; i++) {
            try {
                guests.register(eventId, guest(Contacts.uniqueEmail("skript" + i)));
            } catch (DomainException e) {
                assertThat(e.getMessageKey()).isEqualTo("form.tooManyFromAddress");
                refused++;
            }
        }

        assertThat(refused).isEqualTo(15);
        assertThat(taken(eventId)).isEqualTo(PER_ADDRESS);
        // Another client is not affected, and the allowance comes back with the window.
        comingFrom("198.51.100.10");
        guests.register(eventId, guest(Contacts.uniqueEmail("andere")));
        comingFrom("203.0.113.10");
        clock.advance(Duration.ofHours(1));
        guests.register(eventId, guest(Contacts.uniqueEmail("spaeter")));
        assertThat(taken(eventId)).isEqualTo(PER_ADDRESS + 2);
    }

    @Test
    void joining_and_password_resets_are_limited_per_client_address_as_well() {
        comingFrom("203.0.113.11");
        for (int i = 0; i < PER_ADDRESS; i++) {
            resets.requestReset(Contacts.uniqueEmail("reset" + i));
            joining.join(join(Contacts.uniqueEmail("join" + i)));
        }

        assertThatThrownBy(() -> resets.requestReset(Contacts.uniqueEmail("reset")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> joining.join(join(Contacts.uniqueEmail("join"))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_mail_greets_with_a_fixed_text_and_names_the_typed_name_only_after_the_link() {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        String email = Contacts.uniqueEmail("opfer");
        String bait = "Gewinner! Klicken Sie hier: http://boese.example/";

        guests.register(eventId, new GuestRegistrationRequest(bait, email, null, null, true, Locale.GERMAN));
        joining.join(new JoinRequest(
                "Gewinner! http://boese.example/",
                "X",
                email,
                "",
                "ein langes Passwort 123",
                "ein langes Passwort 123",
                true,
                Locale.GERMAN));

        for (String body : jdbc.queryForList("select body from outbox_mail where recipient = ?", String.class, email)) {
            String text = java.util.Objects.requireNonNull(body);
            assertThat(text).startsWith("Guten Tag,\n");
            assertThat(text.indexOf("boese.example")).isGreaterThan(text.indexOf("http://localhost"));
        }
        assertThat(jdbc.queryForList("select body from outbox_mail where recipient = ?", String.class, email))
                .hasSize(2)
                .anySatisfy(body -> assertThat(body).contains(bait));
    }

    /**
     * The count commits in a transaction of its own; inside a caller's it would need a second
     * connection while the caller holds one, and a burst of forms drained the pool that way in the
     * load test (issue 13). The forms above take it before their transaction, or this refusal would
     * have failed them.
     */
    @Test
    void the_limit_is_never_counted_inside_a_callers_transaction() {
        comingFrom("203.0.113.12");

        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> clientLimits.acquire(AnonymousForm.JOIN)))
                .isInstanceOf(IllegalTransactionStateException.class);
        clientLimits.acquire(AnonymousForm.JOIN);
    }

    private long taken(long eventId) {
        return java.util.Objects.requireNonNull(
                jdbc.queryForObject("select in_person_taken from event where id = ?", Long.class, eventId));
    }

    private static void comingFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static GuestRegistrationRequest guest(String email) {
        return new GuestRegistrationRequest("Sam Skript", email, null, SeatKind.IN_PERSON, true, Locale.GERMAN);
    }

    private static JoinRequest join(String email) {
        return new JoinRequest(
                "Jo", "Skript", email, "", "ein langes Passwort 123", "ein langes Passwort 123", true, Locale.GERMAN);
    }
}
