package de.ddnhamburg.network.ui.congress.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.FieldInput.setValueAsUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.CongressDraft;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.congress.registration.CongressApprovalsView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CongressAdministrationViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @Autowired
    CongressEditionService editions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void members_get_no_congress_administration() {
        loginAsMember();
        navigate("verwaltung/kongress");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_approvals_page_is_linked_from_the_congress_administration_and_the_administration() {
        loginAsAdmin();
        navigate("verwaltung/kongress");
        RouterLink fromCongress = _get(RouterLink.class, spec -> spec.withId("congress-approvals-link"));
        assertThat(fromCongress.getText()).isEqualTo("Kongress: Anmeldungen zur Freigabe");
        navigate(fromCongress.getHref());
        assertThat(currentView()).isInstanceOf(CongressApprovalsView.class);

        navigate("verwaltung");
        navigate(_get(RouterLink.class, spec -> spec.withId("congress-approvals-link"))
                .getHref());
        assertThat(currentView()).isInstanceOf(CongressApprovalsView.class);
    }

    @Test
    void an_admin_creates_a_congress_the_form_keeps_what_was_typed_on_a_mistake() {
        loginAsAdmin();
        navigate("verwaltung/kongress");
        _click(_get(Button.class, spec -> spec.withId("congress-new")));
        EditionForm form = _get(EditionForm.class);
        CongressDraft draft = Congresses.draft(clock);
        form.show(draft);
        setValueAsUser(form.title, "Fachkongress 2099");
        setValueAsUser(form.capacity, 0);

        _click(_get(Button.class, spec -> spec.withId("congress-create")));

        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.capacity.getErrorMessage()).isEqualTo("Bitte eine Zahl von 1 bis 100.000.");
        assertThat(form.title.getValue()).isEqualTo("Fachkongress 2099");
        assertThat(_get(Dialog.class, spec -> spec.withId("congress-new-dialog"))
                        .isOpened())
                .isTrue();

        setValueAsUser(form.capacity, 300);
        _click(_get(Button.class, spec -> spec.withId("congress-create")));

        assertThat(currentView()).isInstanceOf(CongressEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("congress-title")).getValue())
                .isEqualTo("Fachkongress 2099");
    }

    @Test
    void copy_from_last_year_opens_the_new_draft() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        loginAsAdmin();
        navigate("verwaltung/kongress");
        assertThat(_get(Grid.class, spec -> spec.withId("congress-grid"))
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isPositive();

        _click(_get(Button.class, spec -> spec.withId("congress-copy")));
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("congress-copy-day"));
        java.time.LocalDate latest =
                Acting.as(testMembers.admin(), () -> editions.list().getFirst().firstDay());
        assertThat(day.getValue()).isEqualTo(latest.plusYears(1));
        _click(_get(Button.class, spec -> spec.withId("congress-copy-confirm")));

        assertThat(currentView()).isInstanceOf(CongressEditorView.class);
        long newest =
                Acting.as(testMembers.admin(), () -> editions.list().getFirst().id());
        assertThat(Acting.as(testMembers.admin(), () -> editions.edit(newest).status()))
                .isEqualTo(CongressStatus.DRAFT);
        assertThat(newest).isNotEqualTo(congress.congressId());
        assertThat(Objects.requireNonNull(Acting.as(testMembers.admin(), () -> editions.details(newest)))
                        .categories())
                .isNotEmpty();
    }
}
