package de.ddnhamburg.network.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.AdminMemberRow;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.ProfileBuilder;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

class MemberAdministrationViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Test
    void admin_finds_members_by_search_status_and_role() {
        String marker = marker();
        LoginAccount applicant = applicant(marker);
        testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + ".admin@example.org",
                "Alma",
                marker,
                Set.of(Roles.MEMBER, Roles.ADMIN));
        loginAsAdmin();
        navigate(MemberAdministrationView.class);
        Grid<AdminMemberRow> grid = grid();

        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("member-search")), marker);
        assertThat(_size(grid)).isEqualTo(2);

        FieldInput.setValueAsUser(select("member-status-filter"), MemberStatus.PENDING_APPROVAL);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isEqualTo(applicant.memberId());

        FieldInput.setValueAsUser(select("member-status-filter"), null);
        FieldInput.setValueAsUser(select("member-role-filter"), Roles.ADMIN);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).displayName()).isEqualTo("Alma " + marker);
    }

    @Test
    void approving_an_applicant_says_so_and_shows_the_new_status() {
        String marker = marker();
        LoginAccount applicant = applicant(marker);
        loginAsAdmin();
        navigate(MemberAdministrationView.class);
        open(marker);

        _click(_get(Button.class, spec -> spec.withId("member-approve")));

        expectNotifications("Ada " + marker + " ist jetzt Mitglied und wurde per E-Mail benachrichtigt.");
        assertThat(status(applicant)).isEqualTo("ACTIVE");
        assertThat(details()).contains("Aktiv");
        _assertNone(Button.class, spec -> spec.withId("member-approve"));
    }

    @Test
    void suspending_asks_first_and_acts_only_on_confirmation() {
        String marker = marker();
        LoginAccount target = testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + "@example.org", "Sina", marker, Set.of(Roles.MEMBER));
        loginAsAdmin();
        navigate(MemberAdministrationView.class);
        open(marker);

        _click(_get(Button.class, spec -> spec.withId("member-suspend")));
        assertThat(status(target)).as("nothing happens before the confirmation").isEqualTo("ACTIVE");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-suspend")));

        expectNotifications("Das Konto von Sina " + marker + " ist gesperrt, offene Sitzungen wurden beendet.");
        assertThat(status(target)).isEqualTo("SUSPENDED");
        _click(_get(Button.class, spec -> spec.withId("member-reactivate")));
        assertThat(status(target)).isEqualTo("ACTIVE");
    }

    @Test
    void rejecting_and_giving_the_admin_role_ask_first() {
        String marker = marker();
        LoginAccount applicant = applicant(marker);
        loginAsAdmin();
        navigate(MemberAdministrationView.class);
        open(marker);

        FieldInput.setValueAsUser(
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("member-admin-role")),
                true);
        _click(_get(Button.class, spec -> spec.withId("member-save-roles")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-roles")));
        assertThat(jdbc.queryForList(
                        "select role from member_role where member_id = ?", String.class, applicant.memberId()))
                .containsExactlyInAnyOrder(Roles.MEMBER, Roles.ADMIN);

        _click(_get(Button.class, spec -> spec.withId("member-reject")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-reject")));
        assertThat(status(applicant)).isEqualTo("REJECTED");
    }

    @Test
    void details_show_what_the_member_hides_and_the_read_is_audited() {
        String marker = marker();
        LoginAccount hidden = testMembers.withProfile(
                marker.toLowerCase(Locale.ROOT) + "@example.org",
                ProfileBuilder.profile("Hanna", marker)
                        .phone("+49 40 987654")
                        .visible(ProfileField.PHONE, Visibility.ONLY_ME)
                        .build());
        loginAsAdmin();
        navigate(MemberAdministrationView.class);

        open(marker);

        assertThat(details()).contains("+49 40 987654 (sichtbar für: Nur ich)", hidden.email());
        assertThat(audit.findPage(AuditAction.MEMBER_DETAILS_VIEWED, PageRequest.of(0, 20)))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("member:" + hidden.memberId()));
    }

    @Test
    void the_administration_links_to_it_and_a_member_cannot_open_it() {
        loginAsAdmin();
        navigate(SecurityLogView.class);
        _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("members-link"));

        loginAsMember();
        navigate(MemberAdministrationView.class);
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(Grid.class, spec -> spec.withId("member-grid"));
    }

    private void open(String marker) {
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("member-search")), marker);
        Grid<AdminMemberRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(1);
        grid.select(_get(grid, 0));
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_deleted_account_is_named_in_the_admins_language() {
        String marker = marker();
        LoginAccount leaving = testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + ".leaving@example.org", "Lotte", marker, Set.of(Roles.MEMBER));
        Acting.run(leaving, () -> accounts.deleteAccount(TestMembers.PASSWORD));
        loginAsAdmin();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MemberAdministrationView.class);
        Grid<AdminMemberRow> grid = grid();

        FieldInput.setValueAsUser(select("member-status-filter"), MemberStatus.DELETED);
        int deleted = _size(grid);
        assertThat(deleted).isPositive();
        for (int row = 0; row < deleted; row++) {
            assertThat(_getFormattedRow(grid, row)).contains("Deleted member").doesNotContain("Gelöschtes Mitglied");
        }
    }

    private Grid<AdminMemberRow> grid() {
        return _get(Grid.class, spec -> spec.withId("member-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private String details() {
        return _get(Div.class, spec -> spec.withId("member-details"))
                .getElement()
                .getTextRecursively();
    }

    private static String marker() {
        return "Probe" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private LoginAccount applicant(String marker) {
        LoginAccount account = testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + ".applicant@example.org", "Ada", marker, Set.of(Roles.MEMBER));
        jdbc.update("update member set status = 'PENDING_APPROVAL' where id = ?", account.memberId());
        return account;
    }

    private @Nullable String status(LoginAccount account) {
        return jdbc.queryForObject("select status from member where id = ?", String.class, account.memberId());
    }
}
