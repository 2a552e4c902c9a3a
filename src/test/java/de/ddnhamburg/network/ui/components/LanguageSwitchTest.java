package de.ddnhamburg.network.ui.components;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageSwitchTest extends KaribuTest {

    @Autowired
    MemberService members;

    @Test
    void guest_switches_to_english_and_back() {
        navigate(ImprintView.class);
        assertThat(_get(Button.class, spec -> spec.withId("language-de")).isEnabled())
                .isFalse();

        _click(_get(Button.class, spec -> spec.withId("language-en")));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Legal notice");

        _click(_get(Button.class, spec -> spec.withId("language-de")));
        assertThat(_get(H1.class).getText()).isEqualTo("Impressum");
    }

    @Test
    void member_choice_is_stored_in_the_account() {
        login(testMembers.ensure("english.reader@example.org", "Eric", "Reader", Set.of(Roles.MEMBER)));
        navigate(MemberHomeView.class);

        _click(_get(Button.class, spec -> spec.withId("language-en")));

        assertThat(members.getCurrentMember().language()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-start")).getLabel())
                .isEqualTo("Start");
        assertThat(_get(H1.class).getText()).startsWith("Welcome,");
    }
}
