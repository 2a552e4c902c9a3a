package de.ddnhamburg.network.ui.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.event.GroupCalendarFeedService;
import de.ddnhamburg.network.domain.event.GroupCalendarService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Kalender abonnieren" on the group page for a non-member, a member, a hidden group's member and an admin. */
class GroupCalendarSubscriptionTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupCalendarFeedService feeds;

    @Autowired
    GroupCalendarService calendars;

    @Test
    void a_non_member_sees_only_the_public_feed_of_a_listed_group() {
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        login(Groups.member(testMembers, "Nora", "Aussen"));
        open(id);

        _get(Section.class, spec -> spec.withId("group-calendar"));
        assertThat(_get(Anchor.class, spec -> spec.withId("group-calendar-public"))
                        .getHref())
                .isEqualTo("http://localhost:8080/kalender/fachgruppe/" + id + ".ics");
        _assertNone(Button.class, spec -> spec.withId("group-calendar-renew"));
        _assertNone(TextField.class, spec -> spec.withId("group-calendar-address"));
    }

    @Test
    void a_member_makes_the_secret_address_sees_it_once_and_revokes_it_after_confirming() {
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        LoginAccount member = Groups.member(testMembers, "Mara", "Abo");
        Acting.run(member, () -> groupMembership.join(id));
        login(member);
        open(id);

        _get(Anchor.class, spec -> spec.withId("group-calendar-public"));
        _assertNone(Button.class, spec -> spec.withId("group-calendar-revoke"));
        _click(_get(Button.class, spec -> spec.withId("group-calendar-renew")));

        TextField address = _get(TextField.class, spec -> spec.withId("group-calendar-address"));
        assertThat(address.getValue()).matches("http://localhost:8080/kalender/fachgruppe/abo/[A-Za-z0-9_-]{43}\\.ics");
        String secret = secretOf(address.getValue());
        assertThat(calendars.personalFeed(secret)).isPresent();

        _click(_get(Button.class, spec -> spec.withId("group-calendar-revoke")));
        assertThat(calendars.personalFeed(secret)).as("not before confirming").isPresent();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-group-calendar-revoke")));

        assertThat(calendars.personalFeed(secret)).isEmpty();
        expectNotifications("Die Abo-Adresse funktioniert nicht mehr.");
        _assertNone(TextField.class, spec -> spec.withId("group-calendar-address"));
        _assertNone(Button.class, spec -> spec.withId("group-calendar-revoke"));
    }

    @Test
    void renewing_asks_first() {
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        LoginAccount member = Groups.member(testMembers, "Mara", "Erneuert");
        Acting.run(member, () -> groupMembership.join(id));
        String old = secretOf(Acting.as(member, () -> feeds.renew(id)));
        login(member);
        open(id);

        _click(_get(Button.class, spec -> spec.withId("group-calendar-renew")));
        _assertNone(TextField.class, spec -> spec.withId("group-calendar-address"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-group-calendar-renew")));

        assertThat(calendars.personalFeed(old)).isEmpty();
        assertThat(calendars.personalFeed(secretOf(_get(TextField.class, spec -> spec.withId("group-calendar-address"))
                        .getValue())))
                .isPresent();
    }

    @Test
    void a_hidden_groups_member_gets_no_public_link_and_an_admin_outside_sees_no_section() {
        LoginAccount moderator = Groups.member(testMembers, "Hanna", "Verborgen");
        long id = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, moderator);
        login(moderator);
        open(id);
        _get(Button.class, spec -> spec.withId("group-calendar-renew"));
        _assertNone(Anchor.class, spec -> spec.withId("group-calendar-public"));

        loginAsAdmin();
        open(id);
        _assertNone(Section.class, spec -> spec.withId("group-calendar"));
    }

    private void open(long id) {
        navigate("fachgruppen/" + id);
    }

    private static String secretOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }
}
