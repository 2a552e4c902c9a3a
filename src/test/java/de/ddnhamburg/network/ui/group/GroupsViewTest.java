package de.ddnhamburg.network.ui.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupDraft;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.TestMarkers;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupsViewTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupReadService groups;

    @Test
    void a_member_sees_listed_groups_with_my_groups_first_and_member_counts_but_no_create_button() {
        String marker = TestMarkers.word("liste");
        LoginAccount mod = de.ddnhamburg.network.support.Groups.member(testMembers, "Moni", "Moderatorin");
        long other = create("A " + marker, GroupVisibility.LISTED, mod);
        long mine = create("B " + marker, GroupVisibility.LISTED, mod);
        long hidden = create("C " + marker, GroupVisibility.HIDDEN, mod);
        Acting.run(testMembers.member(), () -> groupMembership.join(mine));
        loginAsMember();

        navigate(GroupsView.class);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("group-search")), marker);

        Div cards = _get(Div.class, spec -> spec.withId("group-cards"));
        assertThat(_find(cards, Div.class, spec -> spec.withClasses("group-card")))
                .extracting(card -> card.getId().orElseThrow())
                .containsExactly("group-card-" + mine, "group-card-" + other);
        assertThat(_get(Div.class, spec -> spec.withId("group-card-" + mine))
                        .getElement()
                        .getTextRecursively())
                .contains("2 Mitglieder", "Mitglied", "Noch keine Beiträge", "Digitalisierung");
        _assertNone(Div.class, spec -> spec.withId("group-card-" + hidden));
        _assertNone(Button.class, spec -> spec.withId("create-group"));
    }

    @Test
    void a_search_without_hits_says_so() {
        loginAsMember();
        navigate(GroupsView.class);

        FieldInput.setValueAsUser(
                _get(TextField.class, spec -> spec.withId("group-search")), TestMarkers.word("nichts"));

        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("groups-empty"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_creates_a_group_in_the_dialog_and_lands_on_its_page() {
        String name = TestMarkers.word("Neue Gruppe ");
        loginAsAdmin();
        navigate(GroupsView.class);

        _click(_get(Button.class, spec -> spec.withId("create-group")));
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("group-name")), name);
        FieldInput.setValueAsUser(
                _get(TextField.class, spec -> spec.withId("group-short-description")), "Kurz und klar");
        FieldInput.setValueAsUser(
                _get(RadioButtonGroup.class, spec -> spec.withId("group-join-policy")), JoinPolicy.ON_REQUEST);
        _click(_get(Button.class, spec -> spec.withId("group-save")));

        assertThat(currentView()).isInstanceOf(GroupView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("group-title"))
                        .getText())
                .isEqualTo(name);
        assertThat(groups.list(name, java.util.Locale.GERMAN))
                .singleElement()
                .satisfies(card -> assertThat(card.joinPolicy()).isEqualTo(JoinPolicy.ON_REQUEST));
    }

    @Test
    void a_taken_name_is_refused_in_the_dialog_which_keeps_the_input() {
        String name = TestMarkers.word("Doppelt ");
        create(name, GroupVisibility.LISTED);
        loginAsAdmin();
        navigate(GroupsView.class);

        _click(_get(Button.class, spec -> spec.withId("create-group")));
        TextField nameField = _get(TextField.class, spec -> spec.withId("group-name"));
        FieldInput.setValueAsUser(nameField, name);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("group-short-description")), "Kurz");
        _click(_get(Button.class, spec -> spec.withId("group-save")));

        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).contains("Es gibt schon eine Fachgruppe");
        assertThat(nameField.getValue()).isEqualTo(name);
        assertThat(currentView()).isInstanceOf(GroupsView.class);
    }

    private long create(String name, GroupVisibility visibility, LoginAccount... moderators) {
        Set<Long> ids = java.util.Arrays.stream(moderators)
                .map(LoginAccount::memberId)
                .collect(java.util.stream.Collectors.toSet());
        return Acting.as(
                testMembers.admin(),
                () -> groupAdministration.create(
                        new GroupDraft(
                                name,
                                "Kurz",
                                "Lang",
                                Set.of("digitalisierung-der-arbeitswelt"),
                                JoinPolicy.OPEN,
                                visibility),
                        ids));
    }
}
