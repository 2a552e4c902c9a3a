package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.domain.contact.ContactServiceTestBase.as;
import static de.ddnhamburg.network.domain.contact.ContactServiceTestBase.run;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Relationship;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Phone and e-mail are for contacts by default: shown once a request is accepted, never before,
 * and not after a decline or a block.
 */
@IntegrationTest
class ContactVisibilityTest {

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Autowired
    MemberProfileService profiles;

    @Autowired
    TestMembers testMembers;

    @Test
    void phone_and_e_mail_become_visible_to_both_after_acceptance_and_not_before() {
        String annaEmail = uniqueEmail("anna");
        String bertEmail = uniqueEmail("bert");
        LoginAccount anna = testMembers.withProfile(
                annaEmail, profile("Anna", "Asker").phone("040 111111").build());
        LoginAccount bert = testMembers.withProfile(
                bertEmail,
                profile("Bert", "Answerer")
                        .phone("040 222222")
                        .visible(ProfileField.BIO, Visibility.ONLY_ME)
                        .bio("Nur für mich")
                        .build());
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        ProfileDetails before = as(anna, () -> profiles.viewProfile(bert.memberId(), Locale.GERMAN));
        assertThat(before.relationship()).isEqualTo(Relationship.MEMBER);
        assertThat(before.phone()).isNull();
        assertThat(before.email()).isNull();

        run(bert, () -> requests.accept(id));

        ProfileDetails annaSeesBert = as(anna, () -> profiles.viewProfile(bert.memberId(), Locale.GERMAN));
        ProfileDetails bertSeesAnna = as(bert, () -> profiles.viewProfile(anna.memberId(), Locale.GERMAN));
        assertThat(annaSeesBert.relationship()).isEqualTo(Relationship.CONTACT);
        assertThat(annaSeesBert.phone()).isEqualTo("040 222222");
        assertThat(annaSeesBert.email()).isEqualTo(bertEmail);
        assertThat(annaSeesBert.bio()).as("only-me stays only me").isNull();
        assertThat(bertSeesAnna.phone()).isEqualTo("040 111111");
        assertThat(bertSeesAnna.email()).isEqualTo(annaEmail);
        assertThat(as(anna, () -> contacts.myContacts(ContactServiceTestBase.FIRST_PAGE, Locale.GERMAN)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.profile().phone()).isEqualTo("040 222222"));
    }

    @Test
    void a_declined_request_shows_nothing_more() {
        LoginAccount anna = testMembers.withProfile(
                uniqueEmail("anna"), profile("Anna", "Asker").build());
        LoginAccount bert = testMembers.withProfile(
                uniqueEmail("bert"),
                profile("Bert", "Decliner").phone("040 333333").build());
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();

        run(bert, () -> requests.decline(id));

        ProfileDetails seen = as(anna, () -> profiles.viewProfile(bert.memberId(), Locale.GERMAN));
        assertThat(seen.relationship()).isEqualTo(Relationship.MEMBER);
        assertThat(seen.phone()).isNull();
        assertThat(seen.email()).isNull();
    }

    @Test
    void a_block_takes_the_contact_details_back() {
        LoginAccount anna = testMembers.withProfile(
                uniqueEmail("anna"), profile("Anna", "Asker").build());
        LoginAccount bert = testMembers.withProfile(
                uniqueEmail("bert"),
                profile("Bert", "Blocker").phone("040 444444").build());
        long id = as(anna, () -> requests.send(bert.memberId(), firstContact())).id();
        run(bert, () -> requests.accept(id));

        run(bert, () -> blocks.block(anna.memberId()));

        ProfileDetails seen = as(anna, () -> profiles.viewProfile(bert.memberId(), Locale.GERMAN));
        assertThat(seen.relationship()).isEqualTo(Relationship.MEMBER);
        assertThat(seen.phone()).isNull();
    }

    @Test
    void a_hidden_member_who_asks_shows_their_profile_to_the_one_asked_only() {
        LoginAccount hidden = testMembers.withProfile(
                uniqueEmail("hidden"),
                profile("Hanna", "Hidden")
                        .organisation("Stille Post GmbH")
                        .phone("040 555555")
                        .hiddenFromDirectory()
                        .build());
        LoginAccount asked = testMembers.withProfile(
                uniqueEmail("asked"), profile("Ali", "Asked").build());
        LoginAccount other = testMembers.withProfile(
                uniqueEmail("other"), profile("Otto", "Other").build());
        as(hidden, () -> requests.send(asked.memberId(), firstContact()));

        ProfileDetails seen = as(asked, () -> profiles.viewProfile(hidden.memberId(), Locale.GERMAN));

        assertThat(seen.organisation()).isEqualTo("Stille Post GmbH");
        assertThat(seen.phone()).isNull();
        assertThatThrownBy(() -> as(other, () -> profiles.viewProfile(hidden.memberId(), Locale.GERMAN)))
                .isInstanceOf(NotFoundException.class);
    }
}
