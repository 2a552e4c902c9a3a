package de.ddnhamburg.network.ui.components;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.BrowserMarkup;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class LanguageSwitchTest extends KaribuTest {

    @Autowired
    MemberService members;

    @Test
    void guest_switches_to_english_and_back() {
        navigate(ImprintView.class);
        // The current language's button is disabled in the browser; the other one takes the click.
        assertThat(BrowserMarkup.get("language-de").hasAttribute("disabled")).isTrue();
        assertThat(BrowserMarkup.get("language-en").hasAttribute("disabled")).isFalse();
        assertThat(BrowserMarkup.get("language-en").getAttribute("aria-label")).isEqualTo("EN – Englisch");
        assertThat(BrowserMarkup.get("language-en").getTextContent()).isEqualTo("EN");

        click("language-en");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Legal notice");

        click("language-de");
        assertThat(_get(H1.class).getText()).isEqualTo("Impressum");
    }

    @Test
    void member_choice_is_stored_in_the_account() {
        login(testMembers.ensure("english.reader@example.org", "Eric", "Reader", Set.of(Roles.MEMBER)));
        navigate(MemberHomeView.class);

        click("language-en");

        assertThat(members.getCurrentMember().language()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-members")).getLabel())
                .isEqualTo("Members");
        // What the browser shows: the label in the entry's markup.
        assertThat(BrowserMarkup.of(_get(SideNavItem.class, spec -> spec.withId("nav-members")))
                        .getTextContent())
                .isEqualTo("Members");
        assertThat(_get(H1.class).getText()).startsWith("Welcome,");
    }

    @Test
    void a_click_beside_the_buttons_or_with_a_made_up_id_changes_nothing() {
        navigate(ImprintView.class);

        click("");
        click("language-fr");
        click("language-de");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        assertThat(_get(H1.class).getText()).isEqualTo("Impressum");
    }

    /** A click as the browser reports it: the id of the button it hit. */
    private static void click(String buttonId) {
        _fireDomEvent(
                _get(LanguageSwitch.class),
                "click",
                JsonNodeFactory.instance.objectNode().put(LanguageSwitch.CLICKED, buttonId));
    }
}
