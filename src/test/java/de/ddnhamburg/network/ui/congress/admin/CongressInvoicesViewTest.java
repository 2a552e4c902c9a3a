package de.ddnhamburg.network.ui.congress.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.FieldInput.setValueAsUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFixture;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceItem;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import de.ddnhamburg.network.ui.error.NotFoundView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invoices page: what admins see and do, and that nobody else gets it. */
class CongressInvoicesViewTest extends KaribuTest {

    @Autowired
    InvoiceFixture fixture;

    @Autowired
    MutableClock clock;

    private InvoiceFixture.Congress congress;

    @BeforeEach
    void createCongress() {
        congress = fixture.congress();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_admin_sees_the_invoices_and_records_a_payment_only_after_confirming_its_date() {
        RegistrationDetails first = fixture.register(fixture.member("Seite1"), congress, congress.paid());
        fixture.register(fixture.member("Seite2"), congress, congress.paid());
        InvoiceFixture.Row invoice = fixture.invoices(first.id()).getFirst();
        loginAsAdmin();

        navigate("verwaltung/kongress/" + congress.id() + "/rechnungen");

        assertThat(_get(H1.class, spec -> spec.withId("invoices-title")).getText())
                .isEqualTo("Rechnungen: " + congress.title());
        assertThat(summary()).isEqualTo("2 Belege · offen 178,00 € · bezahlt 0,00 €");
        _get(Anchor.class, spec -> spec.withId("invoices-export"));
        _get(Anchor.class, spec -> spec.withId("invoices-export-" + invoice.year()));
        @SuppressWarnings("unchecked")
        Grid<InvoiceItem> grid = _get(Grid.class, spec -> spec.withId("invoices-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(plain(String.join("|", GridKt._getFormattedRow(grid, 0))))
                .contains(
                        invoice.number(),
                        "Rechnung",
                        "Mia Seite1, Elbe Consult GmbH",
                        "Nichtmitglied",
                        "89,00 €",
                        "offen");

        Component actions = GridKt._getCellComponent(grid, 0, "actions");
        _get(actions, Anchor.class, spec -> spec.withId("invoice-pdf-" + invoice.id()));
        _click(_get(actions, Button.class, spec -> spec.withId("invoice-paid-" + invoice.id())));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("invoice-paid-dialog"));
        DatePicker paidOn = _get(dialog, DatePicker.class, spec -> spec.withId("invoice-paid-on"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        assertThat(paidOn.getValue()).isEqualTo(today);
        assertThat(fixture.invoices(first.id()).getFirst().status())
                .as("not before confirming")
                .isEqualTo("OPEN");

        // A day to come is refused at the field, and nothing is recorded.
        setValueAsUser(paidOn, today.plusDays(3));
        _click(_get(dialog, Button.class, spec -> spec.withId("invoice-paid-confirm")));
        assertThat(paidOn.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(fixture.invoices(first.id()).getFirst().status()).isEqualTo("OPEN");

        LocalDate received = today.minusDays(2);
        setValueAsUser(paidOn, received);
        _click(_get(dialog, Button.class, spec -> spec.withId("invoice-paid-confirm")));

        InvoiceFixture.Row paid = fixture.invoices(first.id()).getFirst();
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.paidOn()).isEqualTo(received);
        NotificationsKt.expectNotifications("Die Zahlung zu " + invoice.number() + " ist verbucht.");
        assertThat(summary()).isEqualTo("2 Belege · offen 89,00 € · bezahlt 89,00 €");
        assertThat(plain(String.join("|", GridKt._getFormattedRow(grid, 0))))
                .contains("bezahlt am "
                        + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(received));
        assertThat(_find(GridKt._getCellComponent(grid, 0, "actions"), Button.class))
                .as("a paid invoice offers no second payment")
                .isEmpty();
    }

    @Test
    void in_english_amounts_and_dates_are_written_the_english_way() {
        RegistrationDetails first = fixture.register(fixture.member("Englisch1"), congress, congress.paid());
        fixture.register(fixture.member("Englisch2"), congress, congress.paid());
        InvoiceFixture.Row invoice = fixture.invoices(first.id()).getFirst();
        loginAsAdmin();
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate("verwaltung/kongress/" + congress.id() + "/rechnungen");

        assertThat(summary()).isEqualTo("2 documents · open €178.00 · paid €0.00");
        @SuppressWarnings("unchecked")
        Grid<InvoiceItem> grid = _get(Grid.class, spec -> spec.withId("invoices-grid"));
        String row = plain(String.join("|", GridKt._getFormattedRow(grid, 0)));
        String issued = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                .format(LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))));
        assertThat(row).contains(invoice.number(), "Invoice", "€89.00", issued, "open");
        assertThat(row).doesNotContain("89,00", "Rechnung");
    }

    @Test
    void a_congress_without_invoices_says_so_and_the_editor_links_the_page() {
        loginAsAdmin();

        navigate("verwaltung/kongress/" + congress.id());
        assertThat(_get(RouterLink.class, spec -> spec.withId("congress-invoices"))
                        .getHref())
                .isEqualTo("verwaltung/kongress/" + congress.id() + "/rechnungen");
        navigate("verwaltung/kongress/" + congress.id() + "/rechnungen");

        _get(Paragraph.class, spec -> spec.withId("invoices-none"));
        assertThat(_find(Grid.class, spec -> spec.withId("invoices-grid"))).isEmpty();
        assertThat(summary()).isEqualTo("0 Belege · offen 0,00 € · bezahlt 0,00 €");
    }

    @Test
    void an_unknown_congress_is_not_found() {
        loginAsAdmin();

        navigate("verwaltung/kongress/999999999/rechnungen");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void members_and_guests_do_not_get_the_page() {
        navigate("verwaltung/kongress/" + congress.id() + "/rechnungen");
        assertThat(currentView()).isInstanceOf(LoginView.class);

        loginAsMember();
        navigate("verwaltung/kongress/" + congress.id() + "/rechnungen");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    private String summary() {
        return plain(
                _get(Paragraph.class, spec -> spec.withId("invoices-summary")).getText());
    }

    /** Amounts are written with a non-breaking space before the € sign. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }
}
