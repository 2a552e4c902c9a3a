package de.ddnhamburg.network.ui.congress.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins approve and reject registrations awaiting approval; members and guests do not get the page. */
class CongressApprovalsViewTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService memberRegistrations;

    @Autowired
    MutableClock clock;

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
    void an_admin_approves_one_and_rejects_another_after_confirming() {
        RegistrationDetails first = reduced("ermaessigt1");
        RegistrationDetails second = reduced("ermaessigt2");
        assertThat(scenario.status(first.id())).isEqualTo("AWAITING_APPROVAL");
        loginAsAdmin();

        navigate(CongressApprovalsView.class);
        _click(_get(Button.class, spec -> spec.withId("approve-" + first.id())));
        assertThat(scenario.status(first.id())).isEqualTo("AWAITING_APPROVAL");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("approve-confirm")));
        assertThat(scenario.status(first.id())).isEqualTo("CONFIRMED");
        _assertNone(Button.class, spec -> spec.withId("approve-" + first.id()));

        _click(_get(Button.class, spec -> spec.withId("reject-" + second.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("reject-confirm")));
        assertThat(scenario.status(second.id())).isEqualTo("CANCELLED");
        _assertNone(Button.class, spec -> spec.withId("reject-" + second.id()));
    }

    @Test
    void members_and_guests_do_not_get_the_page() {
        navigate(CongressApprovalsView.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);
        loginAsMember();
        navigate(CongressApprovalsView.class);
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    private RegistrationDetails reduced(String name) {
        LoginAccount member = testMembers.ensure(Contacts.uniqueEmail(name), "Eva", name, Set.of(Roles.MEMBER));
        SecurityTestSupport.signIn(member);
        RegistrationDetails details = memberRegistrations.register(new RegistrationRequest(
                congress.id(),
                congress.reducedCategory(),
                null,
                "Eva",
                name,
                null,
                null,
                List.of(new SessionPick(congress.slot(), congress.largeWorkshop(), null)),
                RegistrationAnswers.none(),
                new BillingAddress(null, "Weg 1", "20095", "Hamburg"),
                true,
                Locale.GERMAN));
        SecurityTestSupport.signOut();
        return details;
    }
}
