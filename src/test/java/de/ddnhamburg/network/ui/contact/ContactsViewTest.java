package de.ddnhamburg.network.ui.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Meine Kontakte": requests to answer, contacts with their details, own requests, blocks. */
class ContactsViewTest extends KaribuTest {

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    LoginAccount me;

    @BeforeEach
    void signIn() {
        me = testMembers.withProfile(
                uniqueEmail("mona"), profile("Mona", "Mitte").build());
        login(me);
    }

    @Test
    void a_new_member_sees_friendly_empty_states_and_a_way_to_find_people() {
        navigate(ContactsView.class);

        assertThat(currentView()).isInstanceOf(ContactsView.class);
        _get(Paragraph.class, spec -> spec.withId("received-empty"));
        _get(Paragraph.class, spec -> spec.withId("sent-empty"));
        _get(Paragraph.class, spec -> spec.withId("blocked-empty"));
        Div noContacts = _get(Div.class, spec -> spec.withId("contacts-empty"));
        assertThat(noContacts.getElement().getTextRecursively()).contains("Noch keine Kontakte");
        assertThat(_get(noContacts, RouterLink.class, spec -> spec.withText("Mitglieder finden"))
                        .getHref())
                .isEqualTo("mitglieder");
    }

    @Test
    void accepting_a_request_moves_the_sender_to_my_contacts_with_the_details_they_share_with_contacts() {
        String senderEmail = uniqueEmail("sven");
        LoginAccount sender = testMembers.withProfile(
                senderEmail,
                profile("Sven", "Sender")
                        .organisation("Werft")
                        .phone("040 654321")
                        .build());
        long id = Acting.as(sender, () -> requests.send(me.memberId(), firstContact()))
                .id();
        navigate(ContactsView.class);
        Div card = _get(Div.class, spec -> spec.withId("request-" + id));
        assertThat(card.getElement().getTextRecursively())
                .contains(
                        "Sven Sender",
                        firstContact().whoIAm(),
                        firstContact().whyIWrite(),
                        firstContact().nextStep())
                .doesNotContain("040 654321");

        _click(_get(card, Button.class, spec -> spec.withId("accept-" + id)));

        expectNotifications("Sie und Sven Sender sind jetzt Kontakte.");
        _assertNone(Div.class, spec -> spec.withId("request-" + id));
        _get(Paragraph.class, spec -> spec.withId("received-empty"));
        Div contact = _get(Div.class, spec -> spec.withId("contact-" + sender.memberId()));
        assertThat(contact.getElement().getTextRecursively())
                .contains("Sven Sender", "Werft", "040 654321", senderEmail);
        assertThat(_get(contact, RouterLink.class, spec -> spec.withText("Sven Sender"))
                        .getHref())
                .isEqualTo("mitglieder/" + sender.memberId());
    }

    @Test
    void declining_and_ignoring_remove_the_request_from_my_list() {
        LoginAccount first = testMembers.withProfile(
                uniqueEmail("dora"), profile("Dora", "Decline").build());
        LoginAccount second = testMembers.withProfile(
                uniqueEmail("ida"), profile("Ida", "Ignore").build());
        long declined = Acting.as(first, () -> requests.send(me.memberId(), firstContact()))
                .id();
        long ignored = Acting.as(second, () -> requests.send(me.memberId(), firstContact()))
                .id();
        navigate(ContactsView.class);

        _click(_get(Button.class, spec -> spec.withId("decline-" + declined)));
        _click(_get(Button.class, spec -> spec.withId("ignore-" + ignored)));

        _get(Paragraph.class, spec -> spec.withId("received-empty"));
        assertThat(contacts.countMyContacts()).isZero();
    }

    @Test
    void my_waiting_request_can_be_withdrawn_after_confirming() {
        LoginAccount other = testMembers.withProfile(
                uniqueEmail("wanda"), profile("Wanda", "Wartend").build());
        long id = requests.send(other.memberId(), firstContact()).id();
        navigate(ContactsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("sent-" + id))
                        .getElement()
                        .getTextRecursively())
                .contains("Wanda Wartend", "wartet auf Antwort");

        _click(_get(Button.class, spec -> spec.withId("withdraw-" + id)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-withdraw")));

        _get(Paragraph.class, spec -> spec.withId("sent-empty"));
        assertThat(Acting.as(other, () -> contacts.countOpenRequestsForMe())).isZero();
    }

    @Test
    void a_blocked_member_can_be_unblocked_after_confirming() {
        LoginAccount other = testMembers.withProfile(
                uniqueEmail("bodo"), profile("Bodo", "Blockiert").build());
        blocks.block(other.memberId());
        navigate(ContactsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("blocked-" + other.memberId()))
                        .getElement()
                        .getTextRecursively())
                .contains("Bodo Blockiert", "Blockiert seit");

        _click(_get(Button.class, spec -> spec.withId("unblock-" + other.memberId())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-unblock")));

        _get(Paragraph.class, spec -> spec.withId("blocked-empty"));
    }

    @Test
    void long_lists_load_page_by_page() {
        for (int i = 0; i < 21; i++) {
            LoginAccount sender = testMembers.withProfile(
                    uniqueEmail("page" + i), profile("Paula", "Page" + i).build());
            Acting.run(sender, () -> requests.send(me.memberId(), firstContact()));
        }
        navigate(ContactsView.class);
        Div received = _get(Div.class, spec -> spec.withId("received-requests"));
        assertThat(_find(received, Button.class, spec -> spec.withText("Annehmen")))
                .hasSize(20);

        _click(_get(Button.class, spec -> spec.withId("received-requests-more")));

        assertThat(_find(received, Button.class, spec -> spec.withText("Annehmen")))
                .hasSize(21);
        _assertNone(Button.class, spec -> spec.withId("received-requests-more"));
    }
}
