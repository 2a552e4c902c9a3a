package de.ddnhamburg.network.ui.congress.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFixture;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Meine Anmeldung" links a member's own invoices, and only theirs. */
class InvoiceDownloadsTest extends KaribuTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_member_finds_the_invoice_of_a_paid_registration_on_their_page() {
        InvoiceFixture.Congress congress = fixture.congress();
        LoginAccount member = fixture.member("Meine");
        RegistrationDetails registration = fixture.register(member, congress, congress.paid());
        InvoiceFixture.Row invoice = fixture.invoices(registration.id()).getFirst();
        login(member);

        navigate(MyCongressRegistrationView.class);

        Anchor link = _get(Anchor.class, spec -> spec.withId("mine-invoice-" + invoice.id()));
        String issued = DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
        assertThat(link.getText()).isEqualTo("Rechnung " + invoice.number() + " vom " + issued + " (offen)");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void a_free_registration_shows_no_invoices_and_nobody_sees_another_members() {
        InvoiceFixture.Congress congress = fixture.congress();
        LoginAccount payer = fixture.member("Zahler");
        RegistrationDetails paid = fixture.register(payer, congress, congress.paid());
        long invoice = fixture.invoices(paid.id()).getFirst().id();
        LoginAccount member = fixture.member("Gratis");
        RegistrationDetails free = fixture.register(member, congress, congress.free());
        login(member);

        navigate(MyCongressRegistrationView.class);

        assertThat(_find(Div.class, spec -> spec.withId("mine-invoices-" + free.id())))
                .as("no visible block of invoices")
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("mine-invoice-" + invoice)))
                .isEmpty();
    }
}
