package de.ddnhamburg.network.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.member.AdminMemberRow;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admins put members into the door team (role CHECK_IN) in the member administration, and take them out. */
class CheckInRoleTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_puts_a_member_into_the_door_team_after_confirming_and_takes_them_out_again() {
        String marker =
                "Einlass" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LoginAccount helper = testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + "@example.org", "Hilde", marker, Set.of(Roles.MEMBER));
        loginAsAdmin();
        navigate(MemberAdministrationView.class);
        open(marker);

        FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("member-check-in-role")), true);
        _click(_get(Button.class, spec -> spec.withId("member-save-roles")));
        ConfirmDialog question = _get(ConfirmDialog.class, spec -> spec.withId("confirm-roles"));
        assertThat(question.getElement().getProperty("header"))
                .isEqualTo("Hilde " + marker + " ins Einlass-Team aufnehmen?");
        assertThat(roles(helper)).as("nothing before the confirmation").containsExactly(Roles.MEMBER);
        ConfirmDialogKt._fireConfirm(question);
        assertThat(roles(helper)).containsExactlyInAnyOrder(Roles.MEMBER, Roles.CHECK_IN);

        // The role filter finds the door team.
        FieldInput.setValueAsUser(select("member-role-filter"), Roles.CHECK_IN);
        assertThat(_size(grid())).isOne();
        assertThat(_get(grid(), 0).roles()).contains(Roles.CHECK_IN);

        grid().select(_get(grid(), 0));
        FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("member-check-in-role")), false);
        _click(_get(Button.class, spec -> spec.withId("member-save-roles")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-roles")));
        assertThat(roles(helper)).containsExactly(Roles.MEMBER);
    }

    private java.util.List<String> roles(LoginAccount account) {
        return jdbc.query(
                "select role from member_role where member_id = ?",
                (row, number) -> java.util.Objects.requireNonNull(row.getString(1)),
                account.memberId());
    }

    private void open(String marker) {
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("member-search")), marker);
        assertThat(_size(grid())).isEqualTo(1);
        grid().select(_get(grid(), 0));
    }

    @SuppressWarnings("unchecked")
    private Grid<AdminMemberRow> grid() {
        return _get(Grid.class, spec -> spec.withId("member-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
