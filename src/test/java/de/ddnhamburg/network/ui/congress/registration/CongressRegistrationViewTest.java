package de.ddnhamburg.network.ui.congress.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.area;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.back;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.category;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.counter;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.error;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.guestDetails;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.next;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.secondChoice;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.session;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.submit;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.tick;
import static de.ddnhamburg.network.ui.congress.registration.WizardDriver.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registration wizard, step by step, with the errors of each step, for guests and members. */
class CongressRegistrationViewTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService memberRegistrations;

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

    private void open() {
        navigate("kongress/" + congress.id() + "/anmelden");
    }

    @Test
    void participant_step_names_each_missing_field_and_keeps_the_person_there() {
        open();
        assertThat(currentView()).isInstanceOf(CongressRegistrationView.class);
        assertThat(counter()).isEqualTo("Schritt 1 von 5");
        _assertNone(Button.class, spec -> spec.withId("wizard-back"));

        next();

        assertThat(counter()).isEqualTo("Schritt 1 von 5");
        assertThat(error("wizard-first-name")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(error("wizard-last-name")).isNotNull();
        assertThat(error("wizard-email")).isNotNull();
        assertThat(error("wizard-organisation")).isNull();

        guestDetails("kein-at-zeichen");
        next();
        assertThat(error("wizard-first-name")).isNull();
        assertThat(error("wizard-email")).isNotNull();
        assertThat(counter()).isEqualTo("Schritt 1 von 5");
    }

    @Test
    void category_step_requires_a_choice_and_a_code_opens_only_its_category() {
        open();
        guestDetails(Contacts.uniqueEmail("kategorie"));
        next();
        assertThat(counter()).isEqualTo("Schritt 2 von 5");

        next();
        assertThat(error("wizard-category")).isEqualTo("Diese Ticketkategorie können Sie nicht wählen.");

        // Members' category and the speakers' one are not offered to a guest without the code.
        assertThat(categoryIds()).containsExactly(congress.paidCategory(), congress.reducedCategory());
        type("wizard-code", "FALSCH");
        _click(_get(Button.class, spec -> spec.withId("wizard-code-apply")));
        assertThat(error("wizard-code")).isEqualTo("Diesen Code kennen wir nicht. Bitte prüfen Sie die Schreibweise.");
        assertThat(categoryIds()).doesNotContain(congress.speakerCategory());

        type("wizard-code", " rede-2027 ");
        _click(_get(Button.class, spec -> spec.withId("wizard-code-apply")));
        assertThat(error("wizard-code")).isNull();
        assertThat(categoryIds()).contains(congress.speakerCategory());
        next();
        assertThat(counter()).isEqualTo("Schritt 3 von 5");
    }

    @Test
    void a_paid_category_adds_the_billing_step_which_requires_an_address() {
        open();
        guestDetails(Contacts.uniqueEmail("rechnung"));
        next();
        category(congress.paidCategory());
        next();
        assertThat(counter()).isEqualTo("Schritt 3 von 6");
        session(congress.slot(), congress.largeWorkshop());
        next();
        next();
        assertThat(counter()).isEqualTo("Schritt 5 von 6");
        assertThat(_get(TextField.class, spec -> spec.withId("wizard-billing-organisation"))
                        .getValue())
                .isEqualTo("Quartiersbüro");
        next();
        assertThat(error("wizard-billing-street")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(error("wizard-billing-postcode")).isNotNull();
        assertThat(error("wizard-billing-city")).isNotNull();
        fillBilling();
        next();
        assertThat(counter()).isEqualTo("Schritt 6 von 6");
    }

    @Test
    void sessions_step_requires_a_pick_and_a_full_workshop_shows_the_waiting_position_and_a_second_choice() {
        scenario.fillSmallWorkshop(congress);
        toSessions(Contacts.uniqueEmail("warte"));

        next();
        assertThat(error("wizard-slot-" + congress.slot())).isEqualTo("Bitte wählen Sie eine Sitzung.");

        _assertNone(Paragraph.class, spec -> spec.withId("wizard-waiting-" + congress.slot()));
        session(congress.slot(), congress.smallWorkshop());
        assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-waiting-" + congress.slot()))
                        .getText())
                .contains(congress.smallTitle())
                .contains("Warteliste an Position 1");
        assertThat(_get(Select.class, spec -> spec.withId("wizard-second-" + congress.slot()))
                        .isVisible())
                .isTrue();
        secondChoice(congress.slot(), congress.largeWorkshop());
        next();
        next();
        tick("wizard-consent");

        _assertNone(Paragraph.class, spec -> spec.withId("summary-changed"));
        assertThat(summaryText())
                .contains("„" + congress.smallTitle() + "“ ist voll: Sie kommen auf die Warteliste an Position 1.")
                .contains("Bis dahin haben Sie einen Platz in Ihrer zweiten Wahl „" + congress.largeTitle() + "“.");
    }

    @Test
    void questions_step_refuses_needs_without_the_health_data_consent() {
        toSessions(Contacts.uniqueEmail("fragen"));
        session(congress.slot(), congress.largeWorkshop());
        next();
        assertThat(counter()).isEqualTo("Schritt 4 von 5");
        area("wizard-dietary", "vegan");
        next();
        assertThat(counter()).isEqualTo("Schritt 4 von 5");
        assertThat(error("wizard-health-consent")).startsWith("Ohne Ihre Einwilligung speichern wir");
        tick("wizard-health-consent");
        next();
        assertThat(counter()).isEqualTo("Schritt 5 von 5");
        assertThat(summaryText()).contains("Ernährung (z. B. vegetarisch, Allergien): vegan");
    }

    @Test
    void the_summary_asks_for_the_consent_and_back_keeps_everything_typed() {
        toSessions(Contacts.uniqueEmail("zurueck"));
        session(congress.slot(), congress.largeWorkshop());
        next();
        area("wizard-accessibility", "Rollstuhlplatz");
        tick("wizard-health-consent");
        next();

        submit();
        assertThat(error("wizard-consent"))
                .isEqualTo("Bitte stimmen Sie der Datenschutzerklärung und den Teilnahmebedingungen zu.");
        assertThat(_get(Button.class, spec -> spec.withId("wizard-submit")).isEnabled())
                .isTrue();

        back();
        back();
        back();
        back();
        assertThat(counter()).isEqualTo("Schritt 1 von 5");
        assertThat(_get(TextField.class, spec -> spec.withId("wizard-first-name"))
                        .getValue())
                .isEqualTo("Gina");
        next();
        next();
        next();
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("wizard-accessibility"))
                        .getValue())
                .isEqualTo("Rollstuhlplatz");
    }

    @Test
    void a_workshop_that_fills_during_the_wizard_is_named_in_the_summary_and_nothing_else_changes() {
        toSessions(Contacts.uniqueEmail("voll"));
        session(congress.slot(), congress.smallWorkshop());
        _assertNone(Paragraph.class, spec -> spec.withId("wizard-waiting-" + congress.slot()));
        next();
        area("wizard-dietary", "vegetarisch");
        tick("wizard-health-consent");

        // Someone else takes the last seat while this person answers the questions.
        scenario.fillSmallWorkshop(congress);
        next();

        Paragraph changed = _get(Paragraph.class, spec -> spec.withId("summary-changed"));
        assertThat(changed.isVisible()).isTrue();
        assertThat(changed.getText())
                .startsWith("Seit Ihrer Wahl hat sich etwas geändert:")
                .contains("„" + congress.smallTitle() + "“ ist voll: Sie kommen auf die Warteliste an Position 1.");
        assertThat(summaryText()).contains("Gina Gast").contains("vegetarisch");
    }

    @Test
    void a_guest_submits_and_is_told_to_check_the_mail_and_a_second_submit_makes_no_second_registration() {
        String email = Contacts.uniqueEmail("gast");
        registerAsGuest(email);

        Paragraph done = _get(Paragraph.class, spec -> spec.withId("wizard-done"));
        assertThat(done.getText()).contains(email).contains("bestätigen");
        assertThat(registrationsOf("g:" + email)).isEqualTo(1);
        assertThat(new GuestMailbox(jdbc).last(email).subject()).isNotBlank();

        registerAsGuest(email);
        assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-done")).getText())
                .isEqualTo(done.getText());
        assertThat(registrationsOf("g:" + email)).isEqualTo(1);
    }

    @Test
    void the_submit_button_is_disabled_while_submitting() {
        toSessions(Contacts.uniqueEmail("knopf"));
        session(congress.slot(), congress.largeWorkshop());
        next();
        next();
        assertThat(_get(Button.class, spec -> spec.withId("wizard-submit")).isDisableOnClick())
                .isTrue();
    }

    @Test
    void a_member_finds_the_data_prefilled_and_lands_on_the_registration_after_submitting() {
        LoginAccount member = newMember("anmelden");
        open();
        assertThat(_get(TextField.class, spec -> spec.withId("wizard-first-name"))
                        .getValue())
                .isEqualTo("Mia");
        assertThat(_get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withId("wizard-email"))
                        .isReadOnly())
                .isTrue();
        next();
        assertThat(categoryIds())
                .containsExactly(congress.memberCategory(), congress.paidCategory(), congress.reducedCategory());
        category(congress.memberCategory());
        next();
        session(congress.slot(), congress.largeWorkshop());
        next();
        next();
        tick("wizard-consent");
        submit();

        assertThat(currentView()).isInstanceOf(MyCongressRegistrationView.class);
        _get(Paragraph.class, spec -> spec.withId("mine-new"));
        assertThat(registrationsOf("m:" + member.memberId())).isEqualTo(1);
    }

    @Test
    void a_member_who_submits_in_a_second_tab_gets_one_registration_and_is_led_to_it() {
        LoginAccount member = newMember("zweimal");
        open();
        next();
        category(congress.memberCategory());
        next();
        session(congress.slot(), congress.largeWorkshop());
        next();
        next();
        tick("wizard-consent");
        // The same registration sent from another tab first.
        memberRegistrations.register(new RegistrationRequest(
                congress.id(),
                congress.memberCategory(),
                null,
                "Mia",
                "Zweimal",
                null,
                null,
                List.of(new SessionPick(congress.slot(), congress.smallWorkshop(), null)),
                RegistrationAnswers.none(),
                BillingAddress.none(),
                true,
                Locale.GERMAN));

        submit();

        assertThat(currentView()).isInstanceOf(MyCongressRegistrationView.class);
        _get(Paragraph.class, spec -> spec.withId("mine-existing"));
        assertThat(registrationsOf("m:" + member.memberId())).isEqualTo(1);
    }

    @Test
    void a_registered_member_opening_the_wizard_is_led_to_the_registration() {
        newMember("schon");
        open();
        next();
        category(congress.memberCategory());
        next();
        session(congress.slot(), congress.largeWorkshop());
        next();
        next();
        tick("wizard-consent");
        submit();

        open();

        assertThat(currentView()).isInstanceOf(MyCongressRegistrationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mine-existing")).getText())
                .isEqualTo("Sie sind bereits angemeldet. Hier ist Ihre Anmeldung.");
    }

    @Test
    void closed_not_yet_open_and_unpublished_congresses_get_a_message_instead_of_the_wizard() {
        scenario.setStatus(congress.id(), CongressStatus.REGISTRATION_CLOSED);
        open();
        assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-closed")).getText())
                .startsWith("Die Anmeldung zu diesem Kongress ist geschlossen.");
        _assertNone(Button.class, spec -> spec.withId("wizard-next"));

        scenario.setStatus(congress.id(), CongressStatus.PUBLISHED);
        scenario.setRegistrationWindow(
                congress.id(), RegistrationScenario.NOW.plus(Duration.ofDays(2)), RegistrationScenario.START);
        open();
        assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-closed")).getText())
                .startsWith("Die Anmeldung ist noch nicht geöffnet. Sie beginnt am ");

        scenario.setStatus(congress.id(), CongressStatus.DRAFT);
        open();
        assertThat(currentView()).isInstanceOf(CongressRegistrationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-unavailable"))
                        .getText())
                .startsWith("Diesen Kongress gibt es nicht, oder er ist noch nicht veröffentlicht.");
        _assertNone(Button.class, spec -> spec.withId("wizard-next"));
    }

    private void toSessions(String email) {
        open();
        guestDetails(email);
        next();
        assertThat(counter()).isEqualTo("Schritt 2 von 5");
        type("wizard-code", RegistrationScenario.SPEAKER_CODE);
        // Next applies a typed code, which selects the category it opens (free: no billing step).
        next();
        assertThat(counter()).isEqualTo("Schritt 3 von 5");
    }

    private void registerAsGuest(String email) {
        open();
        guestDetails(email);
        next();
        category(congress.paidCategory());
        next();
        session(congress.slot(), congress.largeWorkshop());
        next();
        next();
        fillBilling();
        next();
        tick("wizard-consent");
        submit();
    }

    private void fillBilling() {
        type("wizard-billing-street", "Adolphsplatz 1");
        type("wizard-billing-postcode", "20457");
        type("wizard-billing-city", "Hamburg");
    }

    private String summaryText() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("summary-overview"))
                .getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private List<Long> categoryIds() {
        return ((com.vaadin.flow.component.radiobutton.RadioButtonGroup<
                                de.ddnhamburg.network.domain.congress.CategoryOption>)
                        _get(
                                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                                spec -> spec.withId("wizard-category")))
                .getListDataView()
                .getItems()
                .map(de.ddnhamburg.network.domain.congress.CategoryOption::id)
                .toList();
    }

    private LoginAccount newMember(String name) {
        LoginAccount account = testMembers.ensure(Contacts.uniqueEmail(name), "Mia", name, Set.of(Roles.MEMBER));
        login(account);
        return account;
    }

    private int registrationsOf(String personKey) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from congress_registration where congress_id = ? and person_key = ?",
                Integer.class,
                congress.id(),
                personKey));
    }
}
