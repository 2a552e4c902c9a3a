package de.ddnhamburg.network.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    void congress_details_are_shown_from_the_bundles_in_german_and_in_english() {
        String marker = "probe-" + UUID.randomUUID();
        audit.record(
                AuditAction.CONGRESS_STATUS_CHANGED,
                marker,
                "congress:1",
                AuditNote.of(
                        "audit.note.change",
                        AuditNote.key("congress.status.DRAFT"),
                        AuditNote.key("congress.status.PUBLISHED")),
                null);
        audit.record(
                AuditAction.INVOICE_MARKED_PAID,
                marker,
                "registration:1",
                AuditNote.of("audit.note.paidOn", "2027-0001", AuditNote.day(LocalDate.of(2027, 1, 15))),
                null);
        audit.record(
                AuditAction.CONGRESS_REGISTRATION_MOVED_UP,
                marker,
                "congress-registration:1",
                AuditNote.of("audit.note.movedUp.over", 2, "Lernwerkstatt"),
                null);
        loginAsAdmin();

        navigate(SecurityLogView.class);
        assertThat(newest(3))
                .containsExactly(
                        "von Platz 2 der Warteliste von „Lernwerkstatt“ (ein Platz über der Kapazität erlaubt)",
                        "2027-0001 bezahlt am 15.01.2027",
                        "Entwurf → Veröffentlicht");

        navigate(DataRequestsView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SecurityLogView.class);
        assertThat(newest(3))
                .containsExactly(
                        "from position 2 on the waiting list of \"Lernwerkstatt\" (one over capacity allowed)",
                        "2027-0001 paid on 15 Jan 2027",
                        "Draft → Published");
    }

    /** The details column (the fifth) of the newest entries; no row shows a key or a stored separator. */
    private static List<String> newest(int count) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<String> details = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            List<String> cells = _getFormattedRow(grid, row);
            assertThat(String.join("|", cells)).doesNotContain("audit.", "\u001f", "\u001e", "\u001d");
            details.add(cells.get(4));
        }
        return details;
    }

    @Test
    void member_gets_access_denied_and_no_log() {
        loginAsMember();

        navigate(SecurityLogView.class);

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }
}
