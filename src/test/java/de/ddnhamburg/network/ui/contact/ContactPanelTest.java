package de.ddnhamburg.network.ui.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What the profile page offers about contacts, and what it must not offer. */
class ContactPanelTest extends KaribuTest {

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Test
    void my_own_profile_offers_no_contact_at_all() {
        LoginAccount me = testMembers.withProfile(
                uniqueEmail("self"), profile("Selma", "Self").build());
        login(me);

        navigate("mitglieder/" + me.memberId());

        _assertNone(Div.class, spec -> spec.withId("contact-panel"));
        _assertNone(Button.class, spec -> spec.withId("contact-request-button"));
        _assertNone(Button.class, spec -> spec.withId("block-member"));
    }

    @Test
    void accepting_on_the_profile_shows_the_details_for_contacts_right_away() {
        LoginAccount me = testMembers.withProfile(
                uniqueEmail("me"), profile("Maren", "Me").build());
        LoginAccount asker = testMembers.withProfile(
                uniqueEmail("asker"),
                profile("Arne", "Asker").phone("040 777888").build());
        Acting.run(asker, () -> requests.send(me.memberId(), firstContact()));
        login(me);
        navigate("mitglieder/" + asker.memberId());
        assertThat(_get(Span.class, spec -> spec.withId("contact-state")).getText())
                .isEqualTo("Arne Asker hat Ihnen eine Kontaktanfrage geschickt.");
        assertThat(currentView().getElement().getTextRecursively()).doesNotContain("040 777888");

        _click(_get(Button.class, spec -> spec.withId("accept-request")));

        assertThat(_get(Span.class, spec -> spec.withId("contact-state"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Ihr Kontakt");
        assertThat(_get(Div.class, spec -> spec.withId("profile-contact"))
                        .getElement()
                        .getTextRecursively())
                .contains("040 777888");
        _assertNone(Button.class, spec -> spec.withId("contact-request-button"));
    }

    @Test
    void a_member_who_blocked_me_offers_no_request_and_does_not_say_why() {
        LoginAccount me =
                testMembers.withProfile(uniqueEmail("me"), profile("Mats", "Me").build());
        LoginAccount blocker = testMembers.withProfile(
                uniqueEmail("blocker"), profile("Bea", "Blocker").build());
        Acting.run(blocker, () -> blocks.block(me.memberId()));
        login(me);

        navigate("mitglieder/" + blocker.memberId());

        assertThat(_get(Span.class, spec -> spec.withId("contact-state")).getText())
                .isEqualTo("Eine Kontaktanfrage an dieses Mitglied ist nicht möglich.");
        _assertNone(Button.class, spec -> spec.withId("contact-request-button"));
    }

    @Test
    void a_request_addressed_to_someone_else_cannot_be_answered_whatever_the_page_offers() {
        LoginAccount sender = testMembers.withProfile(
                uniqueEmail("sender"), profile("Sara", "Sender").build());
        LoginAccount recipient = testMembers.withProfile(
                uniqueEmail("recipient"), profile("Rudi", "Recipient").build());
        LoginAccount intruder = testMembers.withProfile(
                uniqueEmail("intruder"), profile("Ingo", "Intruder").build());
        long id = Acting.as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();
        login(intruder);

        assertThatThrownBy(() -> requests.accept(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.withdraw(id)).isInstanceOf(NotFoundException.class);
        login(sender);
        assertThatThrownBy(() -> requests.accept(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(Acting.as(recipient, () -> contacts.countOpenRequestsForMe()))
                .isEqualTo(1);
    }
}
