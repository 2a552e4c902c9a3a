package de.ddnhamburg.network.ui.announcement;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.announcement.AnnouncementDispatch;
import de.ddnhamburg.network.domain.announcement.AnnouncementItem;
import de.ddnhamburg.network.domain.announcement.AnnouncementPreferenceService;
import de.ddnhamburg.network.domain.announcement.AudienceKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Announcements;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AnnouncementsViewTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    AnnouncementPreferenceService preferences;

    @Autowired
    AnnouncementDispatch dispatch;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetAnnouncements() {
        Announcements.forgetAll(jdbc);
    }

    @Test
    void an_admin_counts_previews_tests_and_sends_after_confirming_and_sees_the_progress() {
        List<LoginAccount> people = List.of(
                Groups.member(testMembers, "Ella", "Rundbrief"), Groups.member(testMembers, "Otto", "Rundbrief"));
        long group = groupWith(people);
        loginAsAdmin();
        navigate(AnnouncementsView.class);

        chooseGroup(group);
        write("Sommerfest", "Wir feiern am Freitag.");
        _click(button("announcement-preview"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("announcement-count"))
                        .getText())
                .isEqualTo("2 Mitglieder erhalten dieses Rundschreiben.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("announcement-preview-de-subject"))
                        .getText())
                .isEqualTo("Betreff: Sommerfest");
        assertThat(_get(Pre.class, spec -> spec.withId("announcement-preview-de-body"))
                        .getText())
                .startsWith("Guten Tag Anton Admin,")
                .contains("Wir feiern am Freitag.")
                .contains("/konto");
        assertThat(_get(Pre.class, spec -> spec.withId("announcement-preview-en-body"))
                        .getText())
                .startsWith("Hello Anton Admin,");

        _click(button("announcement-test"));
        expectNotifications("Die Testmail an " + TestMembers.ADMIN + " ist im Postausgang.");
        assertThat(new Mailbox(jdbc)
                        .latest(TestMembers.ADMIN, "announcementTest")
                        .subject())
                .isEqualTo("[Test] Sommerfest");
        assertThat(announcementsSent()).isZero();

        _click(button("announcement-send"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("announcement-confirm-send"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Rundschreiben senden?");
        assertThat(announcementsSent()).isZero();
        ConfirmDialogKt._fireConfirm(confirm);

        expectNotifications(
                "Das Rundschreiben wird jetzt nach und nach verschickt. Den Fortschritt sehen Sie in der Liste.");
        assertThat(announcementsSent()).isEqualTo(1);
        assertThat(_get(TextField.class, spec -> spec.withId("announcement-subject"))
                        .getValue())
                .isEmpty();
        assertThat(progress()).isEqualTo("wird verschickt: 0 von 2");

        dispatch.sendNextBatch();
        _click(button("announcement-refresh"));
        assertThat(progress()).isEqualTo("verschickt: 2 von 2");
        for (LoginAccount member : people) {
            assertThat(new Mailbox(jdbc).to(member.email(), "announcement")).hasSize(1);
        }
    }

    @Test
    void two_dialogs_confirmed_one_after_the_other_send_one_announcement() {
        long group = groupWith(List.of(Groups.member(testMembers, "Doppel", "Klick")));
        loginAsAdmin();
        navigate(AnnouncementsView.class);
        chooseGroup(group);
        write("Einmal", "Nur einmal bitte.");

        _click(button("announcement-send"));
        _click(button("announcement-send"));
        List<ConfirmDialog> dialogs = _find(ConfirmDialog.class, spec -> spec.withId("announcement-confirm-send"));
        assertThat(dialogs).hasSize(2);
        dialogs.forEach(ConfirmDialogKt::_fireConfirm);

        assertThat(announcementsSent()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from announcement_recipient", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void problems_show_at_their_fields_and_nothing_is_sent() {
        loginAsAdmin();
        navigate(AnnouncementsView.class);
        FieldInput.setValueAsUser(kind(), AudienceKind.GROUP_MEMBERS);

        _click(button("announcement-send"));

        _assertNone(ConfirmDialog.class);
        expectNotifications("Bitte prüfen Sie die markierten Felder. Ihre Eingaben sind noch da.");
        Select<?> group = _get(Select.class, spec -> spec.withId("announcement-group"));
        assertThat(group.isInvalid()).isTrue();
        assertThat(group.getErrorMessage()).isEqualTo("Bitte wählen Sie eine Fachgruppe.");
        TextField subject = _get(TextField.class, spec -> spec.withId("announcement-subject"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Bitte geben Sie einen Betreff ein.");
        assertThat(_get(TextArea.class, spec -> spec.withId("announcement-text"))
                        .getErrorMessage())
                .isEqualTo("Bitte schreiben Sie einen Text.");
        assertThat(announcementsSent()).isZero();
    }

    @Test
    void a_half_written_english_version_is_marked_and_opened() {
        loginAsAdmin();
        navigate(AnnouncementsView.class);
        write("Sommerfest", "Wir feiern.");
        Details english = _get(Details.class, spec -> spec.withId("announcement-english"));
        english.setOpened(true);
        FieldInput.setValueAsUser(
                _get(TextField.class, spec -> spec.withId("announcement-subject-en")), "Summer party");
        english.setOpened(false);

        _click(button("announcement-preview"));

        assertThat(english.isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("announcement-text-en"))
                        .getErrorMessage())
                .isEqualTo("Bitte schreiben Sie einen Text.");
        _assertNone(Pre.class, spec -> spec.withId("announcement-preview-de-body"));
    }

    @Test
    void a_segment_where_everybody_switched_off_is_refused_before_the_dialog() {
        LoginAccount off = Groups.member(testMembers, "Aus", "Geschaltet");
        long group = groupWith(List.of(off));
        Acting.run(off, () -> preferences.receiveAnnouncements(false));
        loginAsAdmin();
        navigate(AnnouncementsView.class);
        chooseGroup(group);
        write("Niemand", "Liest das.");

        _click(button("announcement-send"));

        _assertNone(ConfirmDialog.class);
        expectNotifications("In diesem Empfängerkreis ist niemand, der Rundschreiben erhält.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("announcement-count"))
                        .getText())
                .isEqualTo("0 Mitglieder erhalten dieses Rundschreiben. 1 weitere haben Rundschreiben abgeschaltet.");
        assertThat(announcementsSent()).isZero();
    }

    @Test
    void the_administration_links_to_it_and_members_and_guests_do_not_get_it() {
        navigate(AnnouncementsView.class);
        assertThat(currentView()).isInstanceOf(LoginView.class);

        loginAsMember();
        navigate(AnnouncementsView.class);
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(Button.class, spec -> spec.withId("announcement-send"));

        loginAsAdmin();
        navigate(SecurityLogView.class);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("announcements-link"));
        assertThat(link.getHref()).isEqualTo(RoutePaths.ANNOUNCEMENTS);
        navigate(link.getHref());
        assertThat(currentView()).isInstanceOf(AnnouncementsView.class);
    }

    // --- helpers ---

    private long groupWith(List<LoginAccount> people) {
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        people.forEach(member -> Acting.run(member, () -> groupMembership.join(group)));
        return group;
    }

    @SuppressWarnings("unchecked")
    private Select<AudienceKind> kind() {
        return _get(Select.class, spec -> spec.withId("announcement-kind"));
    }

    @SuppressWarnings("unchecked")
    private void chooseGroup(long group) {
        FieldInput.setValueAsUser(kind(), AudienceKind.GROUP_MEMBERS);
        Select<Long> groups = _get(Select.class, spec -> spec.withId("announcement-group"));
        FieldInput.setValueAsUser(groups, group);
    }

    private void write(String subject, String text) {
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("announcement-subject")), subject);
        FieldInput.setValueAsUser(_get(TextArea.class, spec -> spec.withId("announcement-text")), text);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private String progress() {
        Grid<AnnouncementItem> grid = _get(Grid.class, spec -> spec.withId("announcement-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        AnnouncementItem item = _get(grid, 0);
        return _get(AnnouncementList.class, spec -> spec.withId("announcement-list"))
                .progress(item);
    }

    private int announcementsSent() {
        Integer count = jdbc.queryForObject("select count(*) from announcement", Integer.class);
        return count == null ? 0 : count;
    }
}
