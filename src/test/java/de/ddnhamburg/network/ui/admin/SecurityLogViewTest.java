package de.ddnhamburg.network.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdministrationViewTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @Test
    void admin_sees_the_security_log_newest_first_and_can_filter_it() {
        String marker = "probe-" + UUID.randomUUID();
        audit.record(AuditAction.LOGIN_THROTTLED, marker, null, "wait 30 s", "198.51.100.7");
        loginAsAdmin();

        navigate(SecurityLogView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(_size(grid)).isPositive();

        @SuppressWarnings("unchecked")
        Select<AuditAction> filter = _get(Select.class, spec -> spec.withId("audit-filter"));
        FieldInput.setValueAsUser(filter, AuditAction.LOGIN_THROTTLED);

        assertThat(_getFormattedRow(grid, 0)).contains("Anmeldung gebremst", marker, "30 s warten", "198.51.100.7");
    }

    @Test
    void member_gets_access_denied_and_no_log() {
        loginAsMember();

        navigate(SecurityLogView.class);

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }
}
