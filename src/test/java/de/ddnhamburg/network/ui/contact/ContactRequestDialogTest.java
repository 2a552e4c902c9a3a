package de.ddnhamburg.network.ui.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.ContactStatus;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.OutboxRows;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Kontakt aufnehmen" on another member's profile: the first-contact dialog and what follows. */
class ContactRequestDialogTest extends KaribuTest {

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Autowired
    JdbcTemplate jdbc;

    LoginAccount me;
    LoginAccount other;

    @BeforeEach
    void openProfile() {
        me = testMembers.withProfile(
                uniqueEmail("vera"),
                profile("Vera", "Viewer")
                        .position("Lotsin")
                        .organisation("Hafenamt")
                        .topics("fuehrung", "diversity")
                        .expertise("Mentoring")
                        .build());
        other = testMembers.withProfile(
                uniqueEmail("otto"),
                profile("Otto", "Owner")
                        .topics("fuehrung", "netzwerken")
                        .expertise("mentoring")
                        .phone("040 123456")
                        .build());
        login(me);
        navigate("mitglieder/" + other.memberId());
    }

    @Test
    void the_dialog_suggests_a_first_message_from_my_profile_and_what_we_share() {
        _click(_get(Button.class, spec -> spec.withId("contact-request-button")));

        assertThat(_get(Dialog.class, spec -> spec.withId("contact-request-dialog"))
                        .getHeaderTitle())
                .isEqualTo("Kontakt aufnehmen mit Otto Owner");
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-dialog-shared"))
                        .getText())
                .isEqualTo("Das verbindet Sie: Führung und mentoring");
        TextArea who = field("contact-who");
        assertThat(who.getValue()).isEqualTo("Guten Tag, ich bin Vera Viewer (Lotsin, Hafenamt).");
        assertThat(who.getHelperText()).isEqualTo(who.getValue().length() + " von 400 Zeichen");
        assertThat(field("contact-why").getValue())
                .startsWith("Wir interessieren uns beide für Führung")
                .contains("Wir kennen uns beide mit mentoring aus");
        assertThat(field("contact-next").getValue()).isEmpty();
        assertThat(field("contact-next").getPlaceholder()).contains("Telefonat");

        FieldInput.setValueAsUser(field("contact-next"), "Passt Ihnen ein Telefonat?");

        assertThat(field("contact-next").getHelperText()).isEqualTo("26 von 400 Zeichen");
        assertThat(_get(Div.class, spec -> spec.withId("contact-preview"))
                        .getElement()
                        .getTextRecursively())
                .contains(
                        "So liest Otto Owner Ihre Nachricht",
                        "Guten Tag, ich bin Vera Viewer",
                        "Passt Ihnen ein Telefonat?");
    }

    @Test
    void a_missing_part_is_marked_at_the_field_nothing_is_sent_and_the_text_stays() {
        _click(_get(Button.class, spec -> spec.withId("contact-request-button")));
        FieldInput.setValueAsUser(field("contact-why"), "Eigener Grund");
        FieldInput.setValueAsUser(field("contact-next"), "   ");

        _click(_get(Button.class, spec -> spec.withId("send-contact-request")));

        assertThat(field("contact-next").isInvalid()).isTrue();
        assertThat(field("contact-next").getErrorMessage()).isEqualTo("Bitte schreiben Sie hier ein paar Worte.");
        assertThat(field("contact-why").getValue()).isEqualTo("Eigener Grund");
        assertThat(_get(Dialog.class, spec -> spec.withId("contact-request-dialog"))
                        .isOpened())
                .isTrue();
        assertThat(contacts.stateWith(other.memberId()).status()).isEqualTo(ContactStatus.NONE);
    }

    @Test
    void sending_closes_the_dialog_mails_the_member_and_shows_the_request_as_sent() {
        _click(_get(Button.class, spec -> spec.withId("contact-request-button")));
        FieldInput.setValueAsUser(field("contact-next"), "Hätten Sie nächste Woche Zeit für ein Telefonat?");

        _click(_get(Button.class, spec -> spec.withId("send-contact-request")));

        expectNotifications("Ihre Anfrage an Otto Owner ist unterwegs.");
        _assertNone(Dialog.class, spec -> spec.withId("contact-request-dialog"));
        assertThat(_get(Span.class, spec -> spec.withId("contact-state")).getText())
                .isEqualTo("Anfrage gesendet");
        _assertNone(Button.class, spec -> spec.withId("contact-request-button"));
        long id = Objects.requireNonNull(contacts.stateWith(other.memberId()).requestId());
        assertThat(new OutboxRows(jdbc).one("contact.request:" + id).body())
                .contains("Hätten Sie nächste Woche Zeit für ein Telefonat?");
        assertThat(currentView().getElement().getTextRecursively()).doesNotContain("040 123456");
    }

    @Test
    void a_refusal_by_the_service_is_said_in_the_dialog_and_the_text_stays() {
        _click(_get(Button.class, spec -> spec.withId("contact-request-button")));
        FieldInput.setValueAsUser(field("contact-next"), "Kaffee bei der nächsten Diskussionsrunde?");
        // Meanwhile Otto blocks Vera, in another session.
        Acting.run(other, () -> blocks.block(me.memberId()));

        _click(_get(Button.class, spec -> spec.withId("send-contact-request")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("contact-dialog-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Eine Kontaktanfrage an dieses Mitglied ist nicht möglich.");
        assertThat(field("contact-next").getValue()).isEqualTo("Kaffee bei der nächsten Diskussionsrunde?");
    }

    @Test
    void beyond_the_daily_limit_the_dialog_says_so_and_keeps_the_text() {
        for (int i = 0; i < 20; i++) {
            long recipient = testMembers
                    .withProfile(
                            uniqueEmail("limit" + i),
                            profile("Lina", "Limit" + i).build())
                    .memberId();
            requests.send(recipient, firstContact());
        }
        _click(_get(Button.class, spec -> spec.withId("contact-request-button")));
        FieldInput.setValueAsUser(field("contact-next"), "Telefonat?");

        _click(_get(Button.class, spec -> spec.withId("send-contact-request")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-dialog-error"))
                        .getText())
                .startsWith("Sie haben in den letzten 24 Stunden bereits 20 Kontaktanfragen gesendet");
        assertThat(field("contact-next").getValue()).isEqualTo("Telefonat?");
    }

    @Test
    void a_sent_request_can_be_withdrawn_after_confirming() {
        long id = requests.send(other.memberId(), firstContact()).id();
        navigate("mitglieder/" + other.memberId());

        _click(_get(Button.class, spec -> spec.withId("withdraw-request")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-withdraw")));

        _get(Button.class, spec -> spec.withId("contact-request-button"));
        assertThat(contacts.stateWith(other.memberId()).status()).isEqualTo(ContactStatus.NONE);
        assertThat(contacts.mySentRequests(org.springframework.data.domain.PageRequest.of(0, 5)))
                .noneMatch(request -> request.id() == id);
    }

    @Test
    void blocking_asks_first_and_can_be_undone() {
        _click(_get(Button.class, spec -> spec.withId("block-member")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-block"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Otto Owner blockieren?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(contacts.stateWith(other.memberId()).status()).isEqualTo(ContactStatus.NONE);

        _click(_get(Button.class, spec -> spec.withId("block-member")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-block")));

        assertThat(_get(Span.class, spec -> spec.withId("contact-state")).getText())
                .startsWith("Sie haben dieses Mitglied blockiert");
        _assertNone(Button.class, spec -> spec.withId("contact-request-button"));
        _click(_get(Button.class, spec -> spec.withId("unblock-member")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-unblock")));
        _get(Button.class, spec -> spec.withId("contact-request-button"));
    }

    private static TextArea field(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }
}
