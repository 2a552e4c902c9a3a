package de.ddnhamburg.network.ui.congress.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.FieldInput.setValueAsUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.congress.RoomItem;
import de.ddnhamburg.network.domain.congress.SessionStatus;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CongressEditorViewTest extends KaribuTest {

    @Autowired
    MutableClock clock;

    @Autowired
    CongressEditionService editions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void publishing_asks_first_then_the_status_changes() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, false);
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.congressId());
        assertThat(_get(Span.class, spec -> spec.withId("congress-status")).getText())
                .isEqualTo("Entwurf");

        _click(_get(Button.class, spec -> spec.withId("congress-publish")));
        assertThat(status(congress))
                .as("nothing happens before the admin confirms")
                .isEqualTo(CongressStatus.DRAFT);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("congress-publish-confirm")));

        assertThat(status(congress)).isEqualTo(CongressStatus.PUBLISHED);
        assertThat(_get(Span.class, spec -> spec.withId("congress-status")).getText())
                .isEqualTo("Veröffentlicht");
    }

    @Test
    void a_category_dialog_shows_a_wrong_price_at_its_field_and_saves_a_right_one() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, false);
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.congressId());
        tab(1);
        _click(_get(Button.class, spec -> spec.withId("congress-category-add")));
        setValueAsUser(_get(TextField.class, spec -> spec.withId("congress-category-name")), "ermäßigt");
        BigDecimalField price = _get(BigDecimalField.class, spec -> spec.withId("congress-category-price"));
        setValueAsUser(price, new BigDecimal("39.999"));
        setValueAsUser(_get(IntegerField.class, spec -> spec.withId("congress-category-quota")), 40);

        _click(_get(Button.class, spec -> spec.withId("congress-category-dialog-save")));
        assertThat(price.isInvalid()).isTrue();
        assertThat(_get(Dialog.class, spec -> spec.withId("congress-category-dialog"))
                        .isOpened())
                .isTrue();

        setValueAsUser(price, new BigDecimal("39"));
        _click(_get(Button.class, spec -> spec.withId("congress-category-dialog-save")));

        assertThat(Acting.as(testMembers.admin(), () -> editions.details(congress.congressId()))
                        .categories())
                .anySatisfy(category -> {
                    assertThat(category.name()).isEqualTo("ermäßigt");
                    assertThat(category.priceGross()).isEqualByComparingTo("39.00");
                });
    }

    @Test
    void a_session_is_cancelled_only_after_a_confirmation() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.congressId());
        tab(3);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<de.ddnhamburg.network.domain.congress.SessionItem> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("congress-session-grid"));
        int row = grid.getGenericDataView()
                .getItems()
                .toList()
                .indexOf(grid.getGenericDataView()
                        .getItems()
                        .filter(item -> item.id() == congress.workshopId())
                        .findFirst()
                        .orElseThrow());
        com.vaadin.flow.component.Component actions =
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, SessionsTab.ACTIONS);
        _click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                actions, Button.class, spec -> spec.withId("congress-session-cancel-" + congress.workshopId())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-session-cancel")));

        assertThat(Acting.as(testMembers.admin(), () -> editions.details(congress.congressId()))
                        .sessions())
                .filteredOn(session -> session.id() == congress.workshopId())
                .singleElement()
                .satisfies(session -> assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED));
        NotificationsKt.expectNotifications("Die Sitzung ist abgesagt; wer sie gewählt hatte, bekommt eine Mail.");
    }

    @Test
    void a_workshop_larger_than_its_room_is_marked_at_the_seats() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, false);
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.congressId());
        tab(3);
        _click(_get(Button.class, spec -> spec.withId("congress-session-add")));
        @SuppressWarnings("unchecked")
        Select<de.ddnhamburg.network.domain.congress.SessionType> type =
                _get(Select.class, spec -> spec.withId("congress-session-type"));
        setValueAsUser(type, de.ddnhamburg.network.domain.congress.SessionType.WORKSHOP);
        setValueAsUser(_get(TextField.class, spec -> spec.withId("congress-session-title-field")), "Zu groß");
        @SuppressWarnings("unchecked")
        Select<de.ddnhamburg.network.domain.congress.SlotItem> slot =
                _get(Select.class, spec -> spec.withId("congress-session-slot"));
        setValueAsUser(slot, slot.getListDataView().getItems().toList().getLast());
        @SuppressWarnings("unchecked")
        Select<RoomItem> room = _get(Select.class, spec -> spec.withId("congress-session-room"));
        setValueAsUser(
                room,
                room.getListDataView()
                        .getItems()
                        .filter(item -> item.name().equals("Raum Elbe"))
                        .findFirst()
                        .orElseThrow());
        IntegerField seats = _get(IntegerField.class, spec -> spec.withId("congress-session-capacity"));
        setValueAsUser(seats, 25);

        _click(_get(Button.class, spec -> spec.withId("congress-session-dialog-save")));

        assertThat(seats.isInvalid()).isTrue();
        assertThat(seats.getErrorMessage()).isEqualTo("Höchstens so viele Plätze, wie der Raum hat (20).");
    }

    @Test
    void a_keynote_has_unlimited_seats_in_the_session_grid_and_a_workshop_counts_its_seats() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.congressId());
        tab(3);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<de.ddnhamburg.network.domain.congress.SessionItem> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("congress-session-grid"));
        List<de.ddnhamburg.network.domain.congress.SessionItem> rows =
                grid.getGenericDataView().getItems().toList();
        int seatsColumn = 4;
        assertThat(grid.getColumns().get(seatsColumn).getHeaderText()).isEqualTo("Plätze");
        for (int row = 0; row < rows.size(); row++) {
            String seats = GridKt._getFormattedRow(grid, row).get(seatsColumn);
            if (rows.get(row).id() == congress.keynoteId()) {
                assertThat(seats).as("a keynote has no seats to count").isEqualTo("unbegrenzt");
            } else if (rows.get(row).id() == congress.workshopId()) {
                assertThat(seats).isEqualTo("0 von 20");
            }
        }
        assertThat(rows)
                .extracting(de.ddnhamburg.network.domain.congress.SessionItem::id)
                .contains(congress.keynoteId(), congress.workshopId());
    }

    private static void tab(int index) {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("congress-tabs"))
                .setSelectedIndex(index);
    }

    private CongressStatus status(Congresses.Built congress) {
        return Acting.as(
                testMembers.admin(), () -> editions.edit(congress.congressId()).status());
    }
}
