package de.ddnhamburg.network.ui.congress.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.congress.CongressGuestConfirmationService;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page a guest's confirmation link leads to: valid, used and unknown links. */
class CongressGuestConfirmViewTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    CongressGuestRegistrationService guestRegistrations;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private RegistrationScenario.Congress congress;

    @BeforeEach
    void openCongress() {
        clock.set(RegistrationScenario.NOW);
        congress = scenario.published();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_link_confirms_on_a_click_then_shows_the_ticket_and_the_way_to_the_registration() {
        String email = Contacts.uniqueEmail("bestaetigt");
        guestRegistrations.register(CongressRegistrations.request(congress, email, congress.largeWorkshop()));
        String token = CongressRegistrations.confirmToken(jdbc, email);

        navigate("kongress/gast/bestaetigen?token=" + token);
        assertThat(currentView()).isInstanceOf(CongressGuestConfirmView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-lead")).getText())
                .contains(congress.title());
        _assertNone(Span.class, spec -> spec.withId("ticket-code"));
        String status = Objects.requireNonNull(jdbc.queryForObject(
                "select status from congress_registration where person_key = ? and congress_id = ?",
                String.class,
                "g:" + email,
                congress.id()));
        assertThat(status).isEqualTo("UNCONFIRMED");

        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-done")).getText())
                .startsWith("Danke, Ihre Anmeldung ist bestätigt.");
        assertThat(_get(Span.class, spec -> spec.withId("ticket-code")).getText())
                .isEqualTo(jdbc.queryForObject(
                        "select ticket_code from congress_registration where person_key = ? and congress_id = ?",
                        String.class,
                        "g:" + email,
                        congress.id()));
        _get(Image.class, spec -> spec.withId("ticket-qr"));
        String manage =
                _get(Anchor.class, spec -> spec.withId("confirm-manage-link")).getHref();
        assertThat(manage).startsWith("kongress/anmeldung?token=");

        navigate(manage);
        assertThat(currentView()).isInstanceOf(GuestCongressRegistrationView.class);
        _get(Span.class, spec -> spec.withId("ticket-code"));

        navigate("kongress/gast/bestaetigen?token=" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .isEqualTo("Dieser Link wurde schon verwendet oder durch einen neueren ersetzt.");
        _assertNone(Button.class, spec -> spec.withId("confirm-action"));
    }

    @Test
    void an_unknown_or_missing_link_gets_a_clear_message_and_nothing_else() {
        navigate("kongress/gast/bestaetigen?token=" + "c".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .startsWith("Dieser Link ist unbekannt.");
        _assertNone(Button.class, spec -> spec.withId("confirm-action"));
        navigate("kongress/gast/bestaetigen");
        _get(Paragraph.class, spec -> spec.withId("link-problem"));
    }

    @Test
    void a_manage_link_does_not_confirm() {
        String email = Contacts.uniqueEmail("falscherlink");
        guestRegistrations.register(CongressRegistrations.request(congress, email, congress.largeWorkshop()));
        guestConfirmations.confirm(CongressRegistrations.confirmToken(jdbc, email));

        navigate("kongress/gast/bestaetigen?token=" + CongressRegistrations.manageToken(jdbc, email));

        _get(Paragraph.class, spec -> spec.withId("link-problem"));
    }
}
