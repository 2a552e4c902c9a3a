package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.error.NotFoundView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MemberProfileViewTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Test
    void commonalities_link_the_expert_groups_both_are_members_of() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LoginAccount viewer = testMembers.withProfile(
                "gviewer." + suffix + "@example.org", profile("Gitta", "Gruppe").build());
        LoginAccount owner = testMembers.withProfile(
                "gowner." + suffix + "@example.org", profile("Gero", "Gruppe").build());
        long shared = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, owner);
        long ownerOnly =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, owner);
        Acting.run(viewer, () -> groupMembership.join(shared));
        login(viewer);

        navigate("mitglieder/" + owner.memberId());

        Section commonalities = _get(Section.class, spec -> spec.withId("commonalities"));
        assertThat(commonalities.getElement().getTextRecursively()).contains("Fachgruppen");
        Div links = _get(Div.class, spec -> spec.withId("shared-groups"));
        assertThat(links.getChildren().map(link -> ((Anchor) link).getHref()))
                .containsExactly("fachgruppen/" + shared)
                .doesNotContain("fachgruppen/" + ownerOnly);
    }

    @Test
    void another_member_sees_allowed_details_and_commonalities_but_not_private_ones() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LoginAccount viewer = testMembers.withProfile(
                "viewer." + suffix + "@example.org",
                profile("Vera", "Viewer")
                        .topics("fuehrung", "diversity")
                        .expertise("Mentoring")
                        .build());
        LoginAccount owner = testMembers.withProfile(
                "owner." + suffix + "@example.org",
                profile("Otto", "Owner")
                        .organisation("Elbphilharmonie")
                        .position("Intendant")
                        .bio("<script>alert('x')</script>Musik verbindet.")
                        .topics("fuehrung", "netzwerken")
                        .expertise("mentoring", "Akustik")
                        .phone("040 123456")
                        .website("https://example.org/otto")
                        .visible(ProfileField.POSITION, Visibility.CONTACTS)
                        .build());
        login(viewer);

        navigate("mitglieder/" + owner.memberId());

        assertThat(currentView()).isInstanceOf(MemberProfileView.class);
        assertThat(_get(H1.class, spec -> spec.withId("profile-name")).getText())
                .isEqualTo("Otto Owner");
        String page = currentView().getElement().getTextRecursively();
        assertThat(page)
                .contains("Elbphilharmonie")
                .doesNotContain("Intendant")
                .doesNotContain("040 123456")
                .doesNotContain("owner." + suffix);
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-bio")).getText())
                .isEqualTo("<script>alert('x')</script>Musik verbindet.");
        Section shared = _get(Section.class, spec -> spec.withId("commonalities"));
        assertThat(shared.getElement().getTextRecursively())
                .contains("Führung", "mentoring")
                .doesNotContain("Netzwerken");
        _assertNone(RouterLink.class, spec -> spec.withId("edit-own-profile"));
        Anchor website = _get(Anchor.class, spec -> spec.withText("Website"));
        assertThat(website.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void own_profile_shows_everything_and_a_way_to_edit_instead_of_commonalities() {
        LoginAccount me = testMembers.withProfile(
                "self." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                profile("Selma", "Self").phone("040 777777").build());
        login(me);

        navigate("mitglieder/" + me.memberId());

        assertThat(_get(Div.class, spec -> spec.withId("profile-contact"))
                        .getElement()
                        .getTextRecursively())
                .contains("040 777777");
        assertThat(_get(RouterLink.class, spec -> spec.withId("edit-own-profile"))
                        .getHref())
                .isEqualTo("profil");
        _assertNone(Section.class, spec -> spec.withId("commonalities"));
    }

    @Test
    void hidden_unknown_and_malformed_profile_addresses_show_not_found() {
        LoginAccount hidden = testMembers.withProfile(
                "hidden." + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                profile("Hugo", "Hidden").hiddenFromDirectory().build());
        loginAsMember();

        navigate("mitglieder/" + hidden.memberId());
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        navigate("mitglieder/999999999");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        openAddress("mitglieder/abc");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }
}
