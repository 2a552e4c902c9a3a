package de.ddnhamburg.network.ui.layout;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.group.ApprovalsService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.BrowserMarkup;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.legal.PrivacyView;
import de.ddnhamburg.network.ui.member.ProfileEditView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import de.ddnhamburg.network.ui.start.PublicHomeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class NavigationTest extends KaribuTest {

    @Test
    void guest_sees_the_public_start_page_with_login_and_legal_links() {
        navigate(PublicHomeView.class);

        assertThat(currentView()).isInstanceOf(PublicHomeView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("login-link")).getHref())
                .isEqualTo("login");
        assertThat(BrowserMarkup.get("footer-imprint").getAttribute("href")).isEqualTo("impressum");
        assertThat(BrowserMarkup.get("footer-privacy").getAttribute("href")).isEqualTo("datenschutz");
        _assertNone(SideNav.class);
    }

    @Test
    void guest_can_read_imprint_and_privacy_notice() {
        navigate(ImprintView.class);
        assertThat(currentView()).isInstanceOf(ImprintView.class);
        navigate(PrivacyView.class);
        assertThat(currentView()).isInstanceOf(PrivacyView.class);
    }

    @Test
    void guest_is_sent_to_login_from_member_pages() {
        navigate(MemberHomeView.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);

        navigate(SecurityLogView.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void member_sees_member_navigation_but_not_administration() {
        loginAsMember();
        navigate(MemberHomeView.class);

        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        // The Fachkongress entry appears while an edition is published (CongressViewTest).
        assertThat(nav.getItems())
                .filteredOn(item -> !"nav-congress".equals(item.getId().orElse("")))
                .extracting(SideNavItem::getPath)
                .containsExactly("start", "mitglieder", "fachgruppen", "veranstaltungen", "kontakte");
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-administration"));
    }

    @Test
    void each_entry_shows_its_icon_and_label_in_the_browser() {
        loginAsMember();
        navigate(MemberHomeView.class);

        NavEntry members = (NavEntry) _get(SideNavItem.class, spec -> spec.withId("nav-members"));
        var markup = BrowserMarkup.of(members);
        assertThat(markup.getTextContent()).isEqualTo("Mitglieder");
        var icon = (org.w3c.dom.Element) markup.getFirstChild();
        assertThat(icon.getTagName()).isEqualTo("vaadin-icon");
        assertThat(icon.getAttribute("slot")).isEqualTo("prefix");
        assertThat(icon.getAttribute("icon")).isEqualTo("vaadin:users");
        // Flow's router and the web component's highlighting need the path on the item itself.
        assertThat(members.getElement().getAttribute("path")).isEqualTo("mitglieder");
        assertThat(members.isMatchNested()).isTrue();
        assertThat(members.getElement().getChildCount()).isZero();
    }

    @Test
    void the_user_menu_offers_profile_account_and_logout_and_runs_the_chosen_entry() {
        loginAsMember();
        navigate(MemberHomeView.class);

        UserMenu menu = _get(UserMenu.class, spec -> spec.withId("user-menu"));
        assertThat(menu.label()).isEqualTo("Benutzermenü");
        assertThat(menu.name()).isNotBlank();
        assertThat(menu.entries())
                .filteredOn(entry -> !"congress-registration".equals(entry.id()))
                .extracting(UserMenu.Entry::id, UserMenu.Entry::label)
                .containsExactly(
                        tuple("own-profile", "Mein Profil"), tuple("account", "Konto"), tuple("logout", "Abmelden"));

        choose(menu, "no-such-entry");
        assertThat(currentView()).isInstanceOf(MemberHomeView.class);
        choose(menu, "own-profile");
        assertThat(currentView()).isInstanceOf(ProfileEditView.class);
    }

    private static void choose(UserMenu menu, String id) {
        _fireDomEvent(
                menu, "item-selected", JsonNodeFactory.instance.objectNode().put(UserMenu.CHOSEN, id));
    }

    @Test
    void admin_sees_administration_in_the_navigation() {
        loginAsAdmin();
        navigate(MemberHomeView.class);

        SideNavItem admin = _get(SideNavItem.class, spec -> spec.withId("nav-administration"));
        assertThat(admin.getPath()).isEqualTo("verwaltung");
        assertThat(admin.getLabel()).isEqualTo("Verwaltung");
    }

    @Test
    void signed_in_member_is_taken_from_the_public_start_page_to_the_member_start_page() {
        loginAsMember();
        navigate(PublicHomeView.class);

        assertThat(currentView()).isInstanceOf(MemberHomeView.class);
    }

    @Test
    void admin_sees_how_many_approvals_wait_and_a_member_does_not() {
        var moderator = Groups.member(testMembers, "Mona", "Moderiert");
        long group = Groups.create(
                testMembers, groupAdministration, JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, moderator);
        Acting.run(Groups.member(testMembers, "Anja", "Anfragend"), () -> groupMembership.join(group));
        loginAsAdmin();
        navigate(MemberHomeView.class);

        long waiting = Acting.as(testMembers.admin(), approvals::waiting).total();
        var badge = BrowserMarkup.get("nav-administration-badge");
        assertThat(badge.getTextContent()).isEqualTo(String.valueOf(waiting));
        assertThat(waiting).isPositive();
        assertThat(badge.getAttribute("aria-label")).isEqualTo("Es warten " + waiting + " Freigaben");
        assertThat(badge.getAttribute("slot")).isEqualTo("suffix");

        loginAsMember();
        navigate(MemberHomeView.class);
        assertThat(BrowserMarkup.find("nav-administration-badge")).isEmpty();
    }

    @Test
    void only_the_most_specific_entry_is_highlighted_on_an_administration_page() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, false);
        loginAsAdmin();

        navigate("verwaltung/kongress/" + congress.congressId() + "/uebersicht");
        assertThat(highlighted()).containsExactly("nav-congress-administration");
        navigate("verwaltung/kongress");
        assertThat(highlighted()).containsExactly("nav-congress-administration");

        navigate("verwaltung/mitglieder");
        assertThat(highlighted()).containsExactly("nav-administration");
        navigate("verwaltung");
        assertThat(highlighted()).containsExactly("nav-administration");
        navigate("verwaltung/kongress/" + congress.congressId());
        assertThat(highlighted()).containsExactly("nav-congress-administration");
    }

    /**
     * The entries the browser marks as current at this address, by the rule of
     * {@code vaadin-side-nav-item}: its path or an alias is the address, or, with "match nested",
     * the address lies below it.
     */
    private static List<String> highlighted() {
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return _find(SideNavItem.class).stream()
                .filter(item -> Stream.concat(Stream.ofNullable(item.getPath()), item.getPathAliases().stream())
                        .anyMatch(path ->
                                location.equals(path) || (item.isMatchNested() && location.startsWith(path + "/"))))
                .map(item -> item.getId().orElse(""))
                .toList();
    }

    @Autowired
    private MutableClock clock;

    @Autowired
    private ApprovalsService approvals;

    @Autowired
    private GroupAdministrationService groupAdministration;

    @Autowired
    private GroupMembershipService groupMembership;
}
