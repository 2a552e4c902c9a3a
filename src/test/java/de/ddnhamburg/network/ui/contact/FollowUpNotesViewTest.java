package de.ddnhamburg.network.ui.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Follow-up notes on the contacts page and "Fällige Notizen" on the start page: the owner writes,
 * sees and deletes (after confirming) their note; the contact and an admin see none of it.
 */
class FollowUpNotesViewTest extends KaribuTest {

    private static final String TEXT = "Nächster Termin: Kaffee im Januar";

    @Autowired
    ContactRequestService requests;

    @Autowired
    FollowUpNoteService notes;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_owner_writes_a_note_with_a_reminder_and_sees_it_on_the_card_and_when_due_on_the_start_page() {
        LoginAccount paula = Groups.member(testMembers, "Paula", "Notizen");
        LoginAccount cleo = Groups.member(testMembers, "Cleo", "Notizen");
        connect(paula, cleo);
        login(paula);
        navigate(ContactsView.class);

        _click(_get(Button.class, spec -> spec.withId("note-edit-" + cleo.memberId())));
        FieldInput.setValueAsUser(_get(TextArea.class, spec -> spec.withId("note-text")), TEXT);
        FieldInput.setValueAsUser(_get(DatePicker.class, spec -> spec.withId("note-remind-on")), today().plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("note-save")));

        expectNotifications("Notiz zu Cleo Notizen gespeichert.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("note-text-" + cleo.memberId()))
                        .getText())
                .isEqualTo(TEXT);
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("note-remind-" + cleo.memberId()));

        navigate(MemberHomeView.class);
        _assertNone(Section.class, spec -> spec.withId("home-due-notes"));
        clock.advance(java.time.Duration.ofDays(1));
        navigate(ContactsView.class);
        navigate(MemberHomeView.class);
        Div due = _get(Div.class, spec -> spec.withId("due-note-" + cleo.memberId()));
        assertThat(due.getElement().getTextRecursively()).contains("Cleo Notizen", TEXT);
        _click(_get(Button.class, spec -> spec.withId("due-note-done-" + cleo.memberId())));
        _assertNone(Section.class, spec -> spec.withId("home-due-notes"));
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).isPresent();
    }

    @Test
    void an_empty_note_is_refused_at_the_field_and_nothing_is_saved() {
        LoginAccount paula = Groups.member(testMembers, "Paula", "Leer");
        LoginAccount cleo = Groups.member(testMembers, "Cleo", "Leer");
        connect(paula, cleo);
        login(paula);
        navigate(ContactsView.class);

        _click(_get(Button.class, spec -> spec.withId("note-edit-" + cleo.memberId())));
        _click(_get(Button.class, spec -> spec.withId("note-save")));

        TextArea text = _get(TextArea.class, spec -> spec.withId("note-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Bitte schreiben Sie etwas in die Notiz.");
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).isEmpty();
    }

    @Test
    void deleting_asks_first() {
        LoginAccount paula = Groups.member(testMembers, "Paula", "Loescht");
        LoginAccount cleo = Groups.member(testMembers, "Cleo", "Loescht");
        connect(paula, cleo);
        Acting.run(paula, () -> notes.save(cleo.memberId(), TEXT, null));
        login(paula);
        navigate(ContactsView.class);

        _click(_get(Button.class, spec -> spec.withId("note-delete-" + cleo.memberId())));
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId())))
                .as("not before confirming")
                .isPresent();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-note-delete")));

        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).isEmpty();
        _assertNone(Paragraph.class, spec -> spec.withId("note-text-" + cleo.memberId()));
        _get(Button.class, spec -> spec.withText("Notiz hinzufügen"));
    }

    @Test
    void the_contact_and_an_admin_see_nothing_of_the_note() {
        LoginAccount paula = Groups.member(testMembers, "Paula", "Geheim");
        LoginAccount cleo = Groups.member(testMembers, "Cleo", "Geheim");
        connect(paula, cleo);
        Acting.run(paula, () -> notes.save(cleo.memberId(), TEXT, today()));

        login(cleo);
        navigate(ContactsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("contact-" + paula.memberId()))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain(TEXT);
        _assertNone(Paragraph.class, spec -> spec.withId("note-text-" + paula.memberId()));
        navigate(MemberHomeView.class);
        _assertNone(Section.class, spec -> spec.withId("home-due-notes"));

        loginAsAdmin();
        navigate(MemberHomeView.class);
        _assertNone(Div.class, spec -> spec.withId("due-note-" + cleo.memberId()));
        navigate("mitglieder/" + cleo.memberId());
        assertThat(currentView().getElement().getTextRecursively()).doesNotContain(TEXT);
    }

    private void connect(LoginAccount from, LoginAccount to) {
        ContactRequestItem request = Acting.as(from, () -> requests.send(to.memberId(), firstContact()));
        Acting.run(to, () -> requests.accept(request.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin"));
    }
}
