package de.ddnhamburg.network.ui.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.BrowserMarkup;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open requests on the start page and the count in the navigation, for the recipient only. */
class ContactNotificationsTest extends KaribuTest {

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactReadService contacts;

    @Test
    void the_recipient_sees_open_requests_on_the_start_page_and_answers_them_there() {
        LoginAccount me = testMembers.withProfile(
                uniqueEmail("rita"), profile("Rita", "Recipient").build());
        LoginAccount anna = testMembers.withProfile(
                uniqueEmail("anna"), profile("Anna", "Asker").build());
        LoginAccount bert = testMembers.withProfile(
                uniqueEmail("bert"), profile("Bert", "Asker").build());
        long fromAnna = Acting.as(anna, () -> requests.send(me.memberId(), firstContact()))
                .id();
        long fromBert = Acting.as(bert, () -> requests.send(me.memberId(), firstContact()))
                .id();
        login(me);

        navigate(MemberHomeView.class);

        Section requestSection = _get(Section.class, spec -> spec.withId("home-contact-requests"));
        assertThat(requestSection.isVisible()).isTrue();
        assertThat(requestSection.getElement().getTextRecursively())
                .contains("Anna Asker", "Bert Asker", firstContact().nextStep());
        assertThat(_get(RouterLink.class, spec -> spec.withId("home-all-requests"))
                        .getHref())
                .isEqualTo("kontakte");
        var badge = BrowserMarkup.get("nav-contacts-badge");
        assertThat(badge.getTextContent()).isEqualTo("2");
        assertThat(badge.getAttribute("aria-label")).isEqualTo("2 offene Kontaktanfragen");

        _click(_get(Button.class, spec -> spec.withId("accept-" + fromAnna)));
        _click(_get(Button.class, spec -> spec.withId("decline-" + fromBert)));

        _assertNone(Section.class, spec -> spec.withId("home-contact-requests"));
        assertThat(BrowserMarkup.find("nav-contacts-badge")).isEmpty();
        assertThat(contacts.areContacts(me.memberId(), anna.memberId())).isTrue();
    }

    @Test
    void nobody_else_sees_a_request_and_a_member_without_requests_sees_no_section_and_no_count() {
        LoginAccount recipient = testMembers.withProfile(
                uniqueEmail("rolf"), profile("Rolf", "Recipient").build());
        LoginAccount sender = testMembers.withProfile(
                uniqueEmail("sina"), profile("Sina", "Sender").build());
        LoginAccount bystander = testMembers.withProfile(
                uniqueEmail("ben"), profile("Ben", "Bystander").build());
        long id = Acting.as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();

        for (LoginAccount notAddressed : new LoginAccount[] {sender, bystander}) {
            login(notAddressed);
            navigate(MemberHomeView.class);

            _assertNone(Section.class, spec -> spec.withId("home-contact-requests"));
            _assertNone(Div.class, spec -> spec.withId("request-" + id));
            assertThat(BrowserMarkup.find("nav-contacts-badge")).isEmpty();
        }
    }
}
