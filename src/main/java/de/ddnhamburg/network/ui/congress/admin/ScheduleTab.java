package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import de.ddnhamburg.network.domain.congress.CongressAdminDetails;
import de.ddnhamburg.network.domain.congress.CongressRules;
import de.ddnhamburg.network.domain.congress.RoomItem;
import de.ddnhamburg.network.domain.congress.SlotDraft;
import de.ddnhamburg.network.domain.congress.SlotItem;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Rooms (name, seats) and the slot grid (day, Hamburg times) of an edition. */
class ScheduleTab extends Div {

    private final CongressEditorView editor;
    private final int dayCount;

    ScheduleTab(CongressEditorView editor, CongressAdminDetails details) {
        this.editor = editor;
        this.dayCount = details.edition().draft().dayCount();
        setId("congress-schedule-tab");
        add(new H3(getTranslation("congress.room.title")));
        Button addRoom = new Button(getTranslation("congress.room.add"), click -> openRoom(null));
        addRoom.setId("congress-room-add");
        add(addRoom);
        if (details.rooms().isEmpty()) {
            add(empty("congress-rooms-empty", "congress.room.empty"));
        } else {
            Grid<RoomItem> rooms = new Grid<>();
            rooms.setId("congress-room-grid");
            rooms.setEmptyStateText(getTranslation("congress.admin.empty.rooms"));
            rooms.setAllRowsVisible(true);
            rooms.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            rooms.addColumn(RoomItem::name)
                    .setHeader(getTranslation("congress.field.name"))
                    .setFlexGrow(2);
            rooms.addColumn(RoomItem::capacity).setHeader(getTranslation("congress.field.seats"));
            rooms.addComponentColumn(room -> actions(
                            () -> openRoom(room),
                            "confirm-room-remove",
                            "congress.confirm.removeRoom.",
                            room.name(),
                            () -> editor.schedule.removeRoom(room.id())))
                    .setHeader(getTranslation("congress.admin.actions"))
                    .setAutoWidth(true);
            rooms.setItems(details.rooms());
            add(rooms);
        }
        add(new H3(getTranslation("congress.slot.title")));
        Button addSlot = new Button(getTranslation("congress.slot.add"), click -> openSlot(null));
        addSlot.setId("congress-slot-add");
        add(addSlot);
        if (details.slots().isEmpty()) {
            add(empty("congress-slots-empty", "congress.slot.empty"));
            return;
        }
        Grid<SlotItem> slots = new Grid<>();
        slots.setId("congress-slot-grid");
        slots.setEmptyStateText(getTranslation("congress.admin.empty.slots"));
        slots.setAllRowsVisible(true);
        slots.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        slots.addColumn(slot -> getTranslation("congress.slot.day", slot.dayNumber()))
                .setHeader(getTranslation("congress.field.day"));
        slots.addColumn(slot -> CongressFormat.timeRange(this, slot.startsAt(), slot.endsAt()))
                .setHeader(getTranslation("congress.field.time"))
                .setFlexGrow(2);
        slots.addComponentColumn(slot -> actions(
                        () -> openSlot(slot),
                        "confirm-slot-remove",
                        "congress.confirm.removeSlot.",
                        CongressFormat.timeRange(this, slot.startsAt(), slot.endsAt()),
                        () -> editor.schedule.removeSlot(slot.id())))
                .setHeader(getTranslation("congress.admin.actions"))
                .setAutoWidth(true);
        slots.setItems(details.slots());
        add(slots);
    }

    private Div actions(Runnable edit, String confirmId, String confirmPrefix, String name, Runnable remove) {
        Button editButton = new Button(getTranslation("congress.admin.edit"), click -> edit.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button removeButton = new Button(
                getTranslation("congress.admin.remove"),
                click -> Confirmation.ask(
                        this, confirmId, confirmPrefix, name, () -> editor.act(remove, "congress.admin.removed")));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new Div(editButton, removeButton);
    }

    private Paragraph empty(String id, String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.setId(id);
        empty.addClassName("empty-state");
        return empty;
    }

    private void openRoom(@Nullable RoomItem existing) {
        TextField name = new TextField(getTranslation("congress.field.name"));
        name.setId("congress-room-name");
        IntegerField seats = new IntegerField(getTranslation("congress.field.seats"));
        seats.setId("congress-room-seats");
        seats.setMin(1);
        if (existing != null) {
            name.setValue(existing.name());
            seats.setValue(existing.capacity());
        }
        EditorDialog dialog = new EditorDialog(
                "congress-room-dialog",
                getTranslation(existing == null ? "congress.room.add" : "congress.room.edit"),
                editor,
                () -> {
                    int capacity = seats.getValue() == null ? 0 : seats.getValue();
                    if (existing == null) {
                        editor.schedule.addRoom(editor.congressId(), name.getValue(), capacity);
                    } else {
                        editor.schedule.updateRoom(existing.id(), name.getValue(), capacity);
                    }
                },
                name,
                seats);
        dialog.problems.field(CongressRules.NAME, name);
        dialog.problems.field(CongressRules.CAPACITY, seats);
        dialog.open();
    }

    private void openSlot(@Nullable SlotItem existing) {
        IntegerField day = new IntegerField(getTranslation("congress.field.day"));
        day.setId("congress-slot-day");
        day.setMin(1);
        day.setMax(dayCount);
        day.setValue(1);
        TimePicker starts = new TimePicker(getTranslation("congress.field.starts"));
        starts.setId("congress-slot-starts");
        starts.setStep(Duration.ofMinutes(15));
        TimePicker ends = new TimePicker(getTranslation("congress.field.ends"));
        ends.setId("congress-slot-ends");
        ends.setStep(Duration.ofMinutes(15));
        if (existing != null) {
            SlotDraft draft = existing.toDraft();
            day.setValue(draft.dayNumber());
            starts.setValue(draft.starts());
            ends.setValue(draft.ends());
        }
        EditorDialog dialog = new EditorDialog(
                "congress-slot-dialog",
                getTranslation(existing == null ? "congress.slot.add" : "congress.slot.edit"),
                editor,
                () -> {
                    SlotDraft draft = new SlotDraft(
                            day.getValue() == null ? 0 : day.getValue(), starts.getValue(), ends.getValue());
                    if (existing == null) {
                        editor.schedule.addSlot(editor.congressId(), draft);
                    } else {
                        editor.schedule.updateSlot(existing.id(), draft);
                    }
                },
                day,
                starts,
                ends);
        dialog.problems.field(CongressRules.DAY, day);
        dialog.problems.field(CongressRules.STARTS, starts);
        dialog.problems.field(CongressRules.ENDS, ends);
        dialog.open();
    }
}
