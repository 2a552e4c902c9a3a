package de.ddnhamburg.network.ui.congress.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.AdminRegistrationRow;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.Hold;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' registrations: search and filters, the panel, every action with its confirmation, and who may not. */
class CongressRegistrationsViewTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MutableClock clock;

    private RegistrationScenario.Congress congress;
    private long ada;
    private long grace;
    private long hedy;

    @BeforeEach
    void openCongress() {
        clock.set(RegistrationScenario.NOW);
        congress = scenario.published();
        ada = scenario.register(
                congress, congress.paidCategory(), "Ada", "Lovelace", congress.smallWorkshop(), Hold.confirmed());
        grace = scenario.register(
                congress, congress.paidCategory(), "Grace", "Hopper", congress.largeWorkshop(), Hold.confirmed());
        hedy = scenario.register(
                congress,
                congress.reducedCategory(),
                "Hedy",
                "Lamarr",
                congress.largeWorkshop(),
                Hold.awaitingApproval());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void search_and_filters_narrow_the_list_and_a_chosen_registration_shows_everything_about_it() {
        open();
        Grid<AdminRegistrationRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(_get(Span.class, spec -> spec.withId("registrations-count")).getText())
                .isEqualTo("3 Anmeldungen");

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("registrations-search")), "grace hop");
        assertThat(GridKt._size(grid)).isOne();
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("registrations-search")), "");
        @SuppressWarnings("unchecked")
        Select<CongressRegistrationStatus> status = _get(Select.class, spec -> spec.withId("registrations-status"));
        FieldInput.setValueAsUser(status, CongressRegistrationStatus.AWAITING_APPROVAL);
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(hedy);

        grid.asSingleSelect().setValue(GridKt._get(grid, 0));

        assertThat(_get(H2.class, spec -> spec.withId("registration-name")).getText())
                .isEqualTo("Hedy Lamarr");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("registration-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Angemeldet");
        _get(Button.class, spec -> spec.withId("registration-approve"));
        // The invoices record payments: a paid category's registration can be marked paid here.
        _get(Button.class, spec -> spec.withId("registration-mark-paid"));
        _assertNone(Button.class, spec -> spec.withId("registration-move-up"));
    }

    @Test
    void approving_from_the_panel_asks_first() {
        open();
        select(hedy);

        _click(_get(Button.class, spec -> spec.withId("registration-approve")));
        assertThat(scenario.status(hedy)).isEqualTo("AWAITING_APPROVAL");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("registration-approve-confirm")));

        assertThat(scenario.status(hedy)).isEqualTo("CONFIRMED");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("registration-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Kongress-Anmeldung freigegeben");
        _assertNone(Button.class, spec -> spec.withId("registration-approve"));
    }

    @Test
    void cancelling_needs_a_reason_and_then_gives_the_place_to_the_next_in_line() {
        long waiting = scenario.register(
                congress, congress.paidCategory(), "Kat", "Wartend", congress.smallWorkshop(), Hold.confirmed());
        // Kat chose the small workshop, whose only seat Ada holds: she waits for it.
        assertThat(scenario.choiceStatus(waiting, congress.slot())).startsWith("WAITLISTED");
        open();
        select(ada);

        _click(_get(Button.class, spec -> spec.withId("registration-cancel")));
        _click(_get(Button.class, spec -> spec.withId("registration-cancel-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("registration-cancel-reason"))
                        .isInvalid())
                .isTrue();
        assertThat(scenario.status(ada)).isEqualTo("CONFIRMED");
        FieldInput.setValueAsUser(
                _get(TextArea.class, spec -> spec.withId("registration-cancel-reason")), "Hat abgesagt");
        _click(_get(Button.class, spec -> spec.withId("registration-cancel-confirm")));

        assertThat(scenario.status(ada)).isEqualTo("CANCELLED");
        assertThat(scenario.choiceStatus(waiting, congress.slot())).isEqualTo("SEATED:" + congress.smallWorkshop());
        _assertNone(Button.class, spec -> spec.withId("registration-cancel"));
    }

    @Test
    void a_full_workshop_asks_and_the_admin_may_go_one_over_or_put_the_person_on_the_waiting_list() {
        open();
        select(grace);

        changeWorkshopTo(congress.smallWorkshop());
        ConfirmDialog full = _get(ConfirmDialog.class, spec -> spec.withId("registration-workshop-full"));
        assertThat(scenario.choiceStatus(grace, congress.slot())).isEqualTo("SEATED:" + congress.largeWorkshop());
        ConfirmDialogKt._fireReject(full);
        assertThat(scenario.choiceStatus(grace, congress.slot())).startsWith("WAITLISTED");

        _click(_get(Button.class, spec -> spec.withId("registration-seat-" + congress.slot())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("registration-seat-confirm")));
        assertThat(scenario.choiceStatus(grace, congress.slot())).startsWith("WAITLISTED");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("registration-over-capacity")));

        assertThat(scenario.choiceStatus(grace, congress.slot())).isEqualTo("SEATED:" + congress.smallWorkshop());
        assertThat(scenario.taken("congress_session", congress.smallWorkshop())).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("registration-choice-" + congress.slot()))
                        .getText())
                .isEqualTo(congress.smallTitle());
    }

    @Test
    void someone_waiting_moves_up_after_confirming_and_the_full_quota_is_raised_only_when_confirmed_again() {
        scenario.quota(congress.paidCategory(), 2);
        long waiting = scenario.register(congress, congress.paidCategory(), "Kat", "Wartend", null, Hold.confirmed());
        assertThat(scenario.status(waiting)).isEqualTo("WAITLISTED");
        open();
        select(waiting);

        _click(_get(Button.class, spec -> spec.withId("registration-move-up")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("registration-move-up-confirm")));
        ConfirmDialog over = _get(ConfirmDialog.class, spec -> spec.withId("registration-over-capacity"));
        assertThat(scenario.status(waiting)).isEqualTo("WAITLISTED");
        ConfirmDialogKt._fireConfirm(over);

        assertThat(scenario.status(waiting)).isEqualTo("CONFIRMED");
        _assertNone(Button.class, spec -> spec.withId("registration-move-up"));
    }

    @Test
    void changing_the_category_and_resending_say_that_they_worked() {
        open();
        select(grace);

        _click(_get(Button.class, spec -> spec.withId("registration-change-category")));
        @SuppressWarnings("unchecked")
        Select<de.ddnhamburg.network.domain.congress.DeskCategory> choice =
                _get(Select.class, spec -> spec.withId("registration-category-choice"));
        FieldInput.setValueAsUser(
                choice,
                choice.getListDataView()
                        .getItems()
                        .filter(category -> category.id() == congress.memberCategory())
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("registration-category-save")));
        _click(_get(Button.class, spec -> spec.withId("registration-resend")));

        assertThat(GridKt._get(grid(), rowOf(grace)).categoryId()).isEqualTo(congress.memberCategory());
        assertThat(_get(UnorderedList.class, spec -> spec.withId("registration-history"))
                        .getElement()
                        .getTextRecursively())
                .contains("Ticketkategorie einer Kongress-Anmeldung geändert")
                .contains("Kongress-Bestätigung erneut gesendet")
                .contains("Mail: Ihre Anmeldung wurde vom Kongressteam geändert");
    }

    @Test
    void members_and_guests_do_not_get_the_registrations() {
        navigate("verwaltung/kongress/" + congress.id() + "/anmeldungen");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        loginAsMember();
        navigate("verwaltung/kongress/" + congress.id() + "/anmeldungen");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(Grid.class, spec -> spec.withId("registrations-grid"));
    }

    private void open() {
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.id() + "/anmeldungen");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AdminRegistrationRow> grid() {
        return _get(Grid.class, spec -> spec.withId("registrations-grid"));
    }

    private void select(long registrationId) {
        Grid<AdminRegistrationRow> grid = grid();
        grid.asSingleSelect().setValue(GridKt._get(grid, rowOf(registrationId)));
    }

    private static int rowOf(long registrationId) {
        Grid<AdminRegistrationRow> grid = grid();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).id() == registrationId) {
                return row;
            }
        }
        throw new AssertionError("no row for " + registrationId);
    }

    private void changeWorkshopTo(long sessionId) {
        _click(_get(Button.class, spec -> spec.withId("registration-workshop-" + congress.slot())));
        @SuppressWarnings("unchecked")
        Select<SessionOption> choice = _get(Select.class, spec -> spec.withId("registration-workshop-choice"));
        FieldInput.setValueAsUser(
                choice,
                choice.getListDataView()
                        .getItems()
                        .filter(session -> session.id() == sessionId)
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("registration-workshop-save")));
    }
}
