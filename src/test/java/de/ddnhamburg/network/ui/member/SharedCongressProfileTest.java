package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.CongressRegistrants;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On a profile: the congress both are registered for in "Gemeinsamkeiten", and on the start page where to meet. */
class SharedCongressProfileTest extends KaribuTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService registrations;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void beforeTheCongress() {
        clock.set(RegistrationScenario.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_profile_names_the_shared_congress_only_to_who_shares_it() {
        RegistrationScenario.Congress congress = scenario.published();
        LoginAccount ida = Groups.member(testMembers, "Ida", "Kongressprofil");
        LoginAccount olaf = Groups.member(testMembers, "Olaf", "Kongressprofil");
        LoginAccount tara = Groups.member(testMembers, "Tara", "Kongressprofil");
        CongressRegistrants.register(registrations, congress, ida, true);
        CongressRegistrants.register(registrations, congress, olaf, true);

        login(ida);
        navigate("mitglieder/" + olaf.memberId());
        assertThat(commonalities())
                .contains("Gemeinsamkeiten", "Sie sind beide angemeldet zum Kongress:", congress.title());
        assertThat(_get(Div.class, spec -> spec.withId("shared-congresses"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo(congress.title());

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("mitglieder/" + olaf.memberId());
        assertThat(commonalities()).contains("You are both registered for the congress:", congress.title());

        login(ida);
        navigate(MemberHomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("home-suggestions"))
                        .getElement()
                        .getTextRecursively())
                .contains("Olaf Kongressprofil", "Auch beim Kongress „" + congress.title() + "“");

        login(tara);
        navigate("mitglieder/" + olaf.memberId());
        _assertNone(Div.class, spec -> spec.withId("shared-congresses"));
        assertThat(commonalities()).doesNotContain(congress.title());
    }

    private String commonalities() {
        return _get(Section.class, spec -> spec.withId("commonalities"))
                .getElement()
                .getTextRecursively();
    }
}
