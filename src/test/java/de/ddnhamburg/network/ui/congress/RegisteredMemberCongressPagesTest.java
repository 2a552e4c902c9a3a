package de.ddnhamburg.network.ui.congress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.CongressRegistrants;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member registered for the congress finds "Meine Anmeldung" on the programme and on each
 * session page where others find "Jetzt anmelden"; a member without a registration (or with a
 * cancelled one) and a guest are still invited to register.
 */
class RegisteredMemberCongressPagesTest extends KaribuTest {

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

    @Test
    void a_registered_member_sees_their_registration_instead_of_register_now() {
        login(newMember("angemeldet"));
        memberRegistrations.register(request());

        for (String page : pages()) {
            navigate(page);
            Anchor mine = _get(Anchor.class, spec -> spec.withId("congress-my-registration"));
            assertThat(mine.getText()).as(page).isEqualTo("Meine Anmeldung");
            assertThat(mine.getHref()).as(page).isEqualTo("kongress/meine-anmeldung");
            assertThat(_get(Span.class, spec -> spec.withId("congress-registered"))
                            .getText())
                    .as(page)
                    .isEqualTo("Sie sind zu diesem Kongress angemeldet.");
            _assertNone(Anchor.class, spec -> spec.withId("congress-register"));
        }
    }

    @Test
    void a_member_without_a_registration_or_with_a_cancelled_one_is_invited_to_register() {
        login(newMember("nochnicht"));
        assertInvitedToRegister();

        RegistrationDetails registered = memberRegistrations.register(request());
        jdbc.update("update congress_registration set status = 'CANCELLED' where id = ?", registered.id());
        assertInvitedToRegister();
    }

    @Test
    void a_guest_is_invited_to_register() {
        assertInvitedToRegister();
    }

    private void assertInvitedToRegister() {
        for (String page : pages()) {
            navigate(page);
            assertThat(_get(Anchor.class, spec -> spec.withId("congress-register"))
                            .getText())
                    .as(page)
                    .isEqualTo("Jetzt anmelden");
            _assertNone(Anchor.class, spec -> spec.withId("congress-my-registration"));
        }
    }

    /** The programme and a workshop's page. */
    private List<String> pages() {
        String programme = "kongress/" + congress.id();
        return List.of(programme, programme + "/sitzung/" + congress.largeWorkshop());
    }

    private RegistrationRequest request() {
        return CongressRegistrants.request(congress, false);
    }

    private LoginAccount newMember(String name) {
        return testMembers.ensure(Contacts.uniqueEmail(name), "Mia", name, Set.of(Roles.MEMBER));
    }
}
