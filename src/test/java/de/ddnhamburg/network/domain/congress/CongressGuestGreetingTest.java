package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, point 3, for the congress: anybody can type any address into the guest form, so the
 * confirmation mail greets with a fixed text and names the typed name only after the link.
 */
@IntegrationTest
class CongressGuestGreetingTest {

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_confirmation_mail_greets_with_a_fixed_text_and_names_the_typed_name_after_the_link() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        String victim = Contacts.uniqueEmail("opfer");
        String bait = "Gewinner! Klicken Sie hier: http://boese.example/";

        guests.register(new RegistrationRequest(
                congress.congressId(),
                congress.categoryId(),
                null,
                bait,
                "X",
                victim,
                null,
                List.of(new SessionPick(congress.workshopSlotId(), congress.workshopId(), null)),
                RegistrationAnswers.none(),
                new BillingAddress(null, "Hafenstraße 1", "20457", "Hamburg"),
                true,
                Locale.GERMAN));

        Mailbox.Mail mail = new Mailbox(jdbc).to(victim, "congressGuestConfirm").getFirst();
        assertThat(mail.body()).startsWith("Guten Tag,\n");
        assertThat(mail.body().indexOf("boese.example"))
                .isGreaterThan(mail.body().indexOf("http://localhost"));
    }
}
