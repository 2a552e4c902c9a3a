package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The name a guest types is the attacker's text when someone registers another person's address:
 * no congress mail opens with it. Every mail greets with a fixed text and names the registration's
 * name only after its links (issue 12, point 3, for the congress).
 */
@IntegrationTest
class CongressMailGreetingTest {

    private static final String BAIT = "Gewinner! Klicken Sie hier: http://boese.example/";

    @Autowired
    PlacementFixture fixture;

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    MyCongressRegistrationService mine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private GuestMailbox mailbox;
    private long congress;
    private long category;
    private long slot;
    private long workshop;

    @BeforeEach
    void setUp() {
        mailbox = new GuestMailbox(jdbc);
        SecurityTestSupport.signOut();
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        congress = fixture.congress(100);
        category = fixture.category(congress, 50);
        slot = fixture.slot(congress, 1);
        workshop = fixture.workshop(congress, slot, 20);
        // A slot with a choice: the pick is part of the registration.
        fixture.workshop(congress, slot, 20);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
    }

    @Test
    void guest_mails_greet_with_a_fixed_text_and_name_the_typed_name_only_after_the_links() {
        String email = Contacts.uniqueEmail("opfer");
        guests.register(request(email, Locale.GERMAN));
        String confirm = mailbox.last(email).token(PublicLinks.CONGRESS_GUEST_CONFIRM);
        guestConfirmations.confirm(confirm);
        // Registering the confirmed address again mails a reminder of the registration there is.
        guests.register(request(email, Locale.GERMAN));
        String manage = mailbox.last(email).token(PublicLinks.CONGRESS_GUEST_REGISTRATION);
        mine.cancel(RegistrationKey.guest(manage));

        List<GuestMailbox.Mail> mails = mailbox.to(email);
        assertThat(mails)
                .extracting(GuestMailbox.Mail::subject)
                .satisfiesExactly(
                        confirmation -> assertThat(confirmation).startsWith("Bitte bestätigen"),
                        confirmed -> assertThat(confirmed).startsWith("Ihre Anmeldung:"),
                        again -> assertThat(again).startsWith("Sie sind bereits angemeldet"),
                        cancelled -> assertThat(cancelled).startsWith("Ihre Anmeldung ist storniert"));
        for (GuestMailbox.Mail mail : mails) {
            assertThat(mail.body())
                    .startsWith("Guten Tag,\n\n")
                    .contains("Die Anmeldung lautet auf den Namen: " + BAIT);
            assertThat(mail.body().indexOf(BAIT))
                    .as("the typed name after every link in: %s", mail.body())
                    .isGreaterThan(mail.body().lastIndexOf("http://localhost"));
        }
    }

    @Test
    void an_english_guest_is_greeted_with_the_fixed_english_text() {
        String email = Contacts.uniqueEmail("victim");
        guests.register(request(email, Locale.ENGLISH));

        String body = mailbox.last(email).body();
        assertThat(body).startsWith("Hello,\n\n").contains("The registration is in the name of: " + BAIT);
        assertThat(body.indexOf(BAIT)).isGreaterThan(body.indexOf("http://localhost"));
    }

    private RegistrationRequest request(String email, Locale language) {
        return new RegistrationRequest(
                congress,
                category,
                null,
                BAIT,
                "Muster",
                email,
                null,
                List.of(new SessionPick(slot, workshop, null)),
                RegistrationAnswers.none(),
                BillingAddress.none(),
                true,
                language);
    }
}
