package de.ddnhamburg.network.ui.congress.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.congress.AdminRegistrationRow;
import de.ddnhamburg.network.domain.congress.DoorScenario;
import de.ddnhamburg.network.domain.congress.DoorScenario.Door;
import de.ddnhamburg.network.domain.congress.checkin.CheckInService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk sees the door: a check-in at a desk moves the open dashboard's check-in figure by push,
 * and the registrations filter and show who is in, through the check-in's own records.
 */
class CongressDeskCheckInTest extends KaribuTest {

    @Autowired
    DoorScenario scenario;

    @Autowired
    MutableClock clock;

    @Autowired
    CheckInService checkIns;

    private Door door;

    @BeforeEach
    void doorsOpen() {
        clock.set(DoorScenario.DOORS_OPEN);
        door = scenario.build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_check_in_at_the_door_shows_on_the_open_dashboard_and_in_the_registrations() {
        loginAsAdmin();
        navigate("verwaltung/kongress/" + door.congressId() + "/uebersicht");
        String before = text("dashboard-checkin-value");
        assertThat(before).startsWith("0 von ");

        Acting.as(
                testMembers.checkIn(),
                () -> checkIns.checkIn(door.congressId(), door.confirmed().registrationId(), "Eingang Nord"));

        CongressDashboardViewTest.awaitOnPage(() -> text("dashboard-checkin-value"), "1 von ");
        navigate("verwaltung/kongress/" + door.congressId() + "/anmeldungen");
        @SuppressWarnings("unchecked")
        Select<Boolean> checkedIn = _get(Select.class, spec -> spec.withId("registrations-checked-in"));
        FieldInput.setValueAsUser(checkedIn, Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Grid<AdminRegistrationRow> grid = _get(Grid.class, spec -> spec.withId("registrations-grid"));
        assertThat(GridKt._size(grid)).isOne();
        AdminRegistrationRow row = GridKt._get(grid, 0);
        assertThat(row.id()).isEqualTo(door.confirmed().registrationId());
        assertThat(row.checkedInAt()).isEqualTo(DoorScenario.DOORS_OPEN);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
