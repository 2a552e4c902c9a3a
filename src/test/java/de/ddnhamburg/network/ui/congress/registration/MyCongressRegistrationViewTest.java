package de.ddnhamburg.network.ui.congress.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.FieldInput.setValueAsUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.CongressGuestConfirmationService;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.account.LoginView;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Meine Anmeldung" for members (signed in) and guests (manage link), and what nobody else reaches. */
class MyCongressRegistrationViewTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService memberRegistrations;

    @Autowired
    CongressGuestRegistrationService guestRegistrations;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    MyCongressRegistrationService mine;

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
    void a_member_sees_the_registration_with_ticket_and_changes_the_workshop_after_confirming() {
        login(newMember("meine"));
        RegistrationDetails registered =
                memberRegistrations.register(CongressRegistrations.request(congress, null, congress.smallWorkshop()));

        navigate(MyCongressRegistrationView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-status")).getText())
                .isEqualTo("Ihre Anmeldung ist bestätigt.");
        assertThat(_get(Span.class, spec -> spec.withId("ticket-code")).getText())
                .isEqualTo(registered.ticketCode());
        assertThat(_get(Image.class, spec -> spec.withId("ticket-qr")).getAlt()).hasValue("QR-Code Ihres Tickets");
        _get(Anchor.class, spec -> spec.withId("ticket-download"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-choice-" + congress.slot()))
                        .getText())
                .contains(congress.smallTitle())
                .contains("Sie haben einen Platz");

        _click(_get(Button.class, spec -> spec.withId("mine-change-" + congress.slot())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-session-note"))
                        .getText())
                .contains("geben Sie Ihren Platz in „" + congress.smallTitle() + "“ frei");
        pick(congress.largeWorkshop());
        _click(_get(Button.class, spec -> spec.withId("change-session-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-choice-" + congress.slot()))
                        .getText())
                .contains(congress.largeTitle());
        assertThat(mine.open(RegistrationKey.member(registered.id()))
                        .choices()
                        .getFirst()
                        .sessionId())
                .isEqualTo(congress.largeWorkshop());
    }

    @Test
    void a_member_updates_the_answers_and_needs_require_the_consent() {
        login(newMember("antworten"));
        RegistrationDetails registered =
                memberRegistrations.register(CongressRegistrations.request(congress, null, congress.largeWorkshop()));
        navigate(MyCongressRegistrationView.class);

        setValueAsUser(_get(TextArea.class, spec -> spec.withId("wizard-dietary")), "laktosefrei");
        _click(_get(Button.class, spec -> spec.withId("mine-save-answers")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("wizard-health-consent"))
                        .isInvalid())
                .isTrue();
        assertThat(mine.open(RegistrationKey.member(registered.id())).answers().dietaryNeeds())
                .isNull();

        setValueAsUser(_get(Checkbox.class, spec -> spec.withId("wizard-health-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("mine-save-answers")));
        assertThat(mine.open(RegistrationKey.member(registered.id())).answers().dietaryNeeds())
                .isEqualTo("laktosefrei");
    }

    @Test
    void a_member_cancels_after_confirming_and_the_page_says_so() {
        login(newMember("storno"));
        RegistrationDetails registered =
                memberRegistrations.register(CongressRegistrations.request(congress, null, congress.largeWorkshop()));
        navigate(MyCongressRegistrationView.class);

        _click(_get(Button.class, spec -> spec.withId("mine-cancel")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("mine-cancel-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-status")).getText())
                .isEqualTo("Diese Anmeldung ist storniert.");
        assertThat(scenario.status(registered.id())).isEqualTo("CANCELLED");
        _assertNone(Button.class, spec -> spec.withId("mine-cancel"));
    }

    @Test
    void after_the_deadline_cancelling_is_explained_disabled_and_refused_by_the_service() {
        login(newMember("frist"));
        RegistrationDetails registered =
                memberRegistrations.register(CongressRegistrations.request(congress, null, congress.largeWorkshop()));
        clock.set(RegistrationScenario.START.minus(Duration.ofDays(1)));

        navigate(MyCongressRegistrationView.class);

        assertThat(_get(Button.class, spec -> spec.withId("mine-cancel")).isEnabled())
                .isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("mine-change-" + congress.slot()))
                        .isEnabled())
                .isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-cancel-note"))
                        .getText())
                .startsWith("Stornieren und Ändern war bis ");
        assertThatThrownBy(() -> mine.cancel(RegistrationKey.member(registered.id())))
                .isInstanceOf(DomainException.class);
        assertThat(scenario.status(registered.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void another_members_registration_is_not_shown_and_an_empty_page_links_to_the_congress() {
        login(newMember("erste"));
        RegistrationDetails theirs =
                memberRegistrations.register(CongressRegistrations.request(congress, null, congress.largeWorkshop()));
        login(newMember("zweite"));

        navigate(MyCongressRegistrationView.class);

        _get(Div.class, spec -> spec.withId("mine-empty"));
        _get(Anchor.class, spec -> spec.withId("mine-congress-" + congress.id()));
        _assertNone(Div.class, spec -> spec.withId("registration-" + theirs.id()));
        _assertNone(Span.class, spec -> spec.withId("ticket-code"));
    }

    @Test
    void guests_need_to_sign_in_for_the_members_page() {
        navigate(MyCongressRegistrationView.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_guest_opens_the_own_registration_by_the_manage_link_only() {
        String email = Contacts.uniqueEmail("verwalten");
        guestRegistrations.register(CongressRegistrations.request(congress, email, congress.largeWorkshop()));
        guestConfirmations.confirm(CongressRegistrations.confirmToken(jdbc, email));
        String token = CongressRegistrations.manageToken(jdbc, email);

        navigate("kongress/anmeldung?token=" + token);

        assertThat(currentView()).isInstanceOf(GuestCongressRegistrationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-status")).getText())
                .isEqualTo("Ihre Anmeldung ist bestätigt.");
        _get(Span.class, spec -> spec.withId("ticket-code"));
        _get(Button.class, spec -> spec.withId("mine-cancel"));

        navigate("kongress/anmeldung?token=" + "b".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("link-problem")).getText())
                .startsWith("Dieser Link ist unbekannt.");
        _assertNone(Span.class, spec -> spec.withId("ticket-code"));
        navigate("kongress/anmeldung");
        _get(Paragraph.class, spec -> spec.withId("link-problem"));
    }

    @SuppressWarnings("unchecked")
    private void pick(long sessionId) {
        RadioButtonGroup<SessionOption> group =
                _get(RadioButtonGroup.class, spec -> spec.withId("wizard-slot-" + congress.slot()));
        setValueAsUser(
                group,
                group.getListDataView()
                        .getItems()
                        .filter(option -> option.id() == sessionId)
                        .findFirst()
                        .orElseThrow());
    }

    private LoginAccount newMember(String name) {
        return testMembers.ensure(Contacts.uniqueEmail(name), "Mia", name, Set.of(Roles.MEMBER));
    }
}
