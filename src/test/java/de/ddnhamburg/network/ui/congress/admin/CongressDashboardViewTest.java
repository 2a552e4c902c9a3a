package de.ddnhamburg.network.ui.congress.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.CongressDataRetention;
import de.ddnhamburg.network.domain.congress.CongressItem;
import de.ddnhamburg.network.domain.congress.Hold;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' dashboard: what it shows, that it follows new registrations by itself, who may not open it. */
class CongressDashboardViewTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MutableClock clock;

    @Autowired
    CongressDataRetention retention;

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
    void an_admin_sees_places_statuses_workshops_the_chart_and_revenue() {
        scenario.register(
                congress, congress.paidCategory(), "Ada", "Lovelace", congress.smallWorkshop(), Hold.confirmed());
        scenario.register(
                congress, congress.paidCategory(), "Grace", "Hopper", congress.smallWorkshop(), Hold.confirmed());
        scenario.register(
                congress,
                congress.reducedCategory(),
                "Hedy",
                "Lamarr",
                congress.largeWorkshop(),
                Hold.awaitingApproval());
        loginAsAdmin();

        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");

        assertThat(text("dashboard-places-value")).isEqualTo("3 von 100");
        assertThat(text("dashboard-status-CONFIRMED-value")).isEqualTo("2");
        assertThat(text("dashboard-status-AWAITING_APPROVAL-value")).isEqualTo("1");
        assertThat(text("dashboard-status-CANCELLED-value")).isEqualTo("0");
        assertThat(text("dashboard-checkin-value")).isEqualTo("0 von 2");
        Grid<?> workshops = _get(Grid.class, spec -> spec.withId("dashboard-workshops"));
        assertThat(GridKt._size(workshops)).isEqualTo(2);
        String small = String.join("|", GridKt._getFormattedRow(workshops, rowOf(workshops, congress.smallTitle())));
        assertThat(small).contains("1 von 1").contains("|0|1");
        String svg = _get(Svg.class, spec -> spec.withId("dashboard-chart"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(svg).contains("<title id=\"registrations-chart-title\">Anmeldungen pro Tag</title>");
        assertThat(svg).contains("data-count=\"3\"");
        Grid<?> revenue = _get(Grid.class, spec -> spec.withId("dashboard-revenue"));
        assertThat(String.join("|", GridKt._getFormattedRow(revenue, 0)))
                .contains("Nichtmitglied")
                .contains("89,00\u00a0€")
                .contains("178,00\u00a0€");
        // The invoices record payments, so the note that nothing does is not shown.
        _assertNone(Paragraph.class, spec -> spec.withId("dashboard-payments-note"));
        assertThat(_get(RouterLink.class, spec -> spec.withId("desk-link-registrations"))
                        .getHref())
                .endsWith(congress.id() + "/anmeldungen");
    }

    @Test
    void the_chart_writes_its_days_in_the_admins_language() {
        scenario.register(
                congress, congress.paidCategory(), "Ada", "Lovelace", congress.smallWorkshop(), Hold.confirmed());
        loginAsAdmin();

        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");
        // The clock stands on Friday, 19 February 2027: the day of the registration.
        assertThat(chart())
                .contains(">19.02.</text>")
                .contains("<title>Fr., 19.02.2027: 1 Anmeldungen</title>")
                .contains("vom Fr., 19.02.2027 bis zum Fr., 19.02.2027");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("verwaltung/kongress/" + congress.id() + "/anmeldungen");
        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");
        assertThat(chart())
                .contains(">19 Feb</text>")
                .contains("<title>Fri 19 Feb 2027: 1 registrations</title>")
                .contains("from Fri 19 Feb 2027 to Fri 19 Feb 2027")
                .doesNotContain("19.02.");
    }

    private static String chart() {
        return _get(Svg.class, spec -> spec.withId("dashboard-chart"))
                .getElement()
                .getProperty("innerHTML");
    }

    @Test
    void the_dashboard_updates_by_itself_when_a_registration_arrives() {
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");
        assertThat(text("dashboard-places-value")).isEqualTo("0 von 100");
        _get(Paragraph.class, spec -> spec.withId("dashboard-chart-empty"));

        scenario.register(
                congress, congress.paidCategory(), "Neu", "Angemeldet", congress.largeWorkshop(), Hold.confirmed());

        awaitOnPage(() -> text("dashboard-places-value"), "1 von 100");
        assertThat(text("dashboard-status-CONFIRMED-value")).isEqualTo("1");
        _assertNone(Paragraph.class, spec -> spec.withId("dashboard-chart-empty"));
        _get(Svg.class, spec -> spec.withId("dashboard-chart"));
    }

    @Test
    void members_and_guests_do_not_get_the_dashboard() {
        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        loginAsMember();
        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(Div.class, spec -> spec.withId("dashboard-places"));
        _assertNone(Paragraph.class, spec -> spec.withId("dashboard-erasure"));
    }

    @Test
    void the_dashboard_says_when_the_needs_and_the_guests_data_will_be_and_were_erased() {
        scenario.register(
                congress, congress.paidCategory(), "Ada", "Lovelace", congress.smallWorkshop(), Hold.confirmed());
        loginAsAdmin();

        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");

        // The congress is on 1 March 2027; 90 days later by default, erased on the day after.
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-erasure"))
                        .getText())
                .contains("werden am Montag, 31. Mai 2027 gelöscht")
                .contains("90 Tage nach dem Kongress");

        clock.set(Instant.parse("2027-05-31T02:15:00Z"));
        retention.eraseExpired();
        navigate("verwaltung/kongress/" + congress.id() + "/uebersicht");

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-erasure"))
                        .getText())
                .contains("wurden am 31.05.2027 gelöscht");
        // The figures stay.
        assertThat(text("dashboard-status-CONFIRMED-value")).isEqualTo("1");
    }

    @Test
    void the_congress_administration_and_the_editor_link_to_the_dashboard_and_the_registrations() {
        loginAsAdmin();
        navigate(CongressAdministrationView.class);
        @SuppressWarnings("unchecked")
        Grid<CongressItem> editions = _get(Grid.class, spec -> spec.withId("congress-grid"));
        int row = 0;
        while (GridKt._get(editions, row).id() != congress.id()) {
            row++;
        }
        Div links = (Div) GridKt._getCellComponent(editions, row, "desk");
        assertThat(links.getChildren().map(link -> ((RouterLink) link).getHref()))
                .containsExactly(
                        "verwaltung/kongress/" + congress.id() + "/uebersicht",
                        "verwaltung/kongress/" + congress.id() + "/anmeldungen");

        navigate("verwaltung/kongress/" + congress.id());
        assertThat(_get(RouterLink.class, spec -> spec.withId("congress-dashboard-link"))
                        .getHref())
                .isEqualTo("verwaltung/kongress/" + congress.id() + "/uebersicht");
        assertThat(_get(RouterLink.class, spec -> spec.withId("congress-registrations-link"))
                        .getHref())
                .isEqualTo("verwaltung/kongress/" + congress.id() + "/anmeldungen");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static int rowOf(Grid<?> grid, String title) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (String.join("|", GridKt._getFormattedRow(grid, row)).contains(title)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + title);
    }

    static void awaitOnPage(Supplier<String> text, String expected) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!text.get().contains(expected) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            MockVaadin.runUIQueue();
        }
        assertThat(text.get()).contains(expected);
    }
}
