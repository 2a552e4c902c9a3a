package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** What members may learn about contacts: only their own. */
@IntegrationTest
class ContactReadServiceTest extends ContactServiceTestBase {

    @Test
    void nobody_learns_about_other_members_contacts_and_guests_get_nothing() {
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount eve = member("eve");
        connect(anna, bert);

        assertThatThrownBy(() -> as(eve, () -> contacts.areContacts(anna.memberId(), bert.memberId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.openRequestsForMe(FIRST_PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> requests.send(bert.memberId(), firstContact()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
