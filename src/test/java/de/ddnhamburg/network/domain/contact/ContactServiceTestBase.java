package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The contact services and the helpers their tests share. The tests are scenarios across the
 * services (a request is sent, then answered, then the sender blocked), so each test class uses
 * all of them; they are split by the service whose rules they check.
 */
abstract class ContactServiceTestBase {

    static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    void connect(LoginAccount sender, LoginAccount recipient) {
        long id = as(sender, () -> requests.send(recipient.memberId(), firstContact()))
                .id();
        run(recipient, () -> requests.accept(id));
    }

    LoginAccount member(String firstName) {
        String name = Character.toUpperCase(firstName.charAt(0)) + firstName.substring(1);
        return testMembers.withProfile(
                uniqueEmail(firstName), profile(name, "Tester").build());
    }

    static <T> T as(LoginAccount account, java.util.function.Supplier<T> action) {
        SecurityTestSupport.signIn(account);
        try {
            return action.get();
        } finally {
            SecurityTestSupport.signOut();
        }
    }

    static void run(LoginAccount account, Runnable action) {
        as(account, () -> {
            action.run();
            return null;
        });
    }
}
