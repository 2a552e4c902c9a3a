package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.CongressAdminDetails;
import de.ddnhamburg.network.domain.congress.CongressRules;
import de.ddnhamburg.network.domain.congress.RoomItem;
import de.ddnhamburg.network.domain.congress.SessionDraft;
import de.ddnhamburg.network.domain.congress.SessionItem;
import de.ddnhamburg.network.domain.congress.SessionStatus;
import de.ddnhamburg.network.domain.congress.SessionType;
import de.ddnhamburg.network.domain.congress.SlotItem;
import de.ddnhamburg.network.domain.congress.SpeakerItem;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The sessions of an edition. A session people chose is cancelled (they are mailed), never
 * deleted; the service refuses the deletion and says so.
 */
class SessionsTab extends Div {

    /** The key of the column with the buttons of each session. */
    static final String ACTIONS = "actions";

    private final CongressEditorView editor;
    private final CongressAdminDetails details;
    private final Map<Long, String> groups;
    private final Map<Long, SlotItem> slots;
    private final Map<Long, RoomItem> rooms;

    SessionsTab(CongressEditorView editor, CongressAdminDetails details, Map<Long, String> groups) {
        this.editor = editor;
        this.details = details;
        this.groups = groups;
        this.slots = details.slots().stream().collect(Collectors.toMap(SlotItem::id, Function.identity()));
        this.rooms = details.rooms().stream().collect(Collectors.toMap(RoomItem::id, Function.identity()));
        setId("congress-sessions-tab");
        if (details.slots().isEmpty() || details.rooms().isEmpty()) {
            Paragraph first = new Paragraph(getTranslation("congress.session.needsSchedule"));
            first.setId("congress-sessions-needs-schedule");
            first.addClassName("empty-state");
            add(first);
            return;
        }
        Button add = new Button(getTranslation("congress.session.add"), click -> open(null));
        add.setId("congress-session-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);
        if (details.sessions().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("congress.session.empty"));
            empty.setId("congress-sessions-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Grid<SessionItem> grid = new Grid<>();
        grid.setId("congress-session-grid");
        grid.setEmptyStateText(getTranslation("congress.admin.empty.sessions"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Widths that fit the desktop's content area: the three actions of a row used to run past it.
        grid.addColumn(this::slotText)
                .setHeader(getTranslation("congress.field.time"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(SessionItem::title)
                .setHeader(getTranslation("congress.field.title"))
                .setWidth("14rem")
                .setFlexGrow(3);
        grid.addColumn(item ->
                        getTranslation("congress.sessionType." + item.type().name()))
                .setHeader(getTranslation("congress.field.type"))
                .setAutoWidth(true);
        grid.addColumn(item -> rooms.containsKey(item.roomId())
                        ? rooms.get(item.roomId()).name()
                        : "")
                .setHeader(getTranslation("congress.field.room"))
                .setAutoWidth(true);
        grid.addColumn(this::seatsText)
                .setHeader(getTranslation("congress.field.seats"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey(ACTIONS)
                .setHeader(getTranslation("congress.admin.actions"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.setItems(details.sessions().stream()
                .sorted(Comparator.comparing((SessionItem item) -> slots.containsKey(item.slotId())
                                ? slots.get(item.slotId()).startsAt()
                                : java.time.Instant.EPOCH)
                        .thenComparing(SessionItem::title))
                .toList());
        add(grid);
    }

    /**
     * "3 von 20" for a workshop; keynotes, panels and forums have no seats to count (anyone
     * registered may come), so they say "unbegrenzt" rather than a misleading "0".
     */
    private String seatsText(SessionItem item) {
        if (item.status() == SessionStatus.CANCELLED) {
            return getTranslation("congress.session.cancelled");
        }
        Integer capacity = item.capacity();
        return capacity == null
                ? getTranslation("congress.admin.seatsUnlimited")
                : getTranslation("congress.admin.places", item.taken(), capacity);
    }

    private String slotText(SessionItem item) {
        SlotItem slot = slots.get(item.slotId());
        return slot == null
                ? ""
                : getTranslation("congress.slot.day", slot.dayNumber()) + ", "
                        + CongressFormat.timeRange(this, slot.startsAt(), slot.endsAt());
    }

    private Div actions(SessionItem item) {
        Div actions = new Div();
        actions.addClassName("congress-grid-actions");
        Button edit = new Button(getTranslation("congress.admin.edit"), click -> open(item));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(edit);
        if (item.status() != SessionStatus.CANCELLED) {
            Button cancel = new Button(
                    getTranslation("congress.session.cancel"),
                    click -> Confirmation.ask(
                            this,
                            "confirm-session-cancel",
                            "congress.confirm.cancelSession.",
                            item.title(),
                            () -> editor.act(
                                    () -> editor.sessions.cancel(item.id()), "congress.session.cancelledDone")));
            cancel.setId("congress-session-cancel-" + item.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(cancel);
        }
        Button remove = new Button(
                getTranslation("congress.admin.remove"),
                click -> Confirmation.ask(
                        this,
                        "confirm-session-remove",
                        "congress.confirm.removeSession.",
                        item.title(),
                        () -> editor.act(() -> editor.sessions.remove(item.id()), "congress.admin.removed")));
        remove.setId("congress-session-remove-" + item.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        actions.add(remove);
        return actions;
    }

    private void open(@Nullable SessionItem existing) {
        Select<SessionType> type = new Select<>();
        type.setId("congress-session-type");
        type.setLabel(getTranslation("congress.field.type"));
        type.setItems(SessionType.values());
        type.setItemLabelGenerator(value -> getTranslation("congress.sessionType." + value.name()));
        TextField title = new TextField(getTranslation("congress.field.title"));
        title.setId("congress-session-title-field");
        TextArea text = new TextArea(getTranslation("congress.field.abstract"));
        Select<SlotItem> slot = new Select<>();
        slot.setId("congress-session-slot");
        slot.setLabel(getTranslation("congress.field.time"));
        slot.setItems(details.slots());
        slot.setItemLabelGenerator(item -> getTranslation("congress.slot.day", item.dayNumber()) + ", "
                + CongressFormat.timeRange(this, item.startsAt(), item.endsAt()));
        Select<RoomItem> room = new Select<>();
        room.setId("congress-session-room");
        room.setLabel(getTranslation("congress.field.room"));
        room.setItems(details.rooms());
        room.setItemLabelGenerator(item -> getTranslation("congress.room.label", item.name(), item.capacity()));
        IntegerField capacity = new IntegerField(getTranslation("congress.field.seats"));
        capacity.setId("congress-session-capacity");
        capacity.setMin(1);
        capacity.setVisible(false);
        type.addValueChangeListener(change -> capacity.setVisible(change.getValue() == SessionType.WORKSHOP));
        MultiSelectComboBox<SpeakerItem> speakers =
                new MultiSelectComboBox<>(getTranslation("congress.field.speakers"));
        speakers.setItems(details.speakers());
        speakers.setItemLabelGenerator(SpeakerItem::name);
        Select<Long> group = new Select<>();
        group.setLabel(getTranslation("congress.field.group"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("congress.session.noGroup"));
        group.setItems(groups.keySet().stream()
                .sorted(Comparator.comparing(id -> groups.getOrDefault(id, "")))
                .toList());
        group.setItemLabelGenerator(
                id -> id == null ? getTranslation("congress.session.noGroup") : groups.getOrDefault(id, ""));
        if (existing != null) {
            type.setValue(existing.type());
            title.setValue(existing.title());
            text.setValue(existing.abstractText());
            slot.setValue(slots.get(existing.slotId()));
            room.setValue(rooms.get(existing.roomId()));
            capacity.setValue(existing.capacity());
            speakers.setValue(details.speakers().stream()
                    .filter(speaker -> existing.speakerIds().contains(speaker.id()))
                    .collect(Collectors.toSet()));
            group.setValue(existing.groupId());
        }
        EditorDialog dialog = new EditorDialog(
                "congress-session-dialog",
                getTranslation(existing == null ? "congress.session.add" : "congress.session.edit"),
                editor,
                () -> {
                    Set<Long> speakerIds =
                            speakers.getValue().stream().map(SpeakerItem::id).collect(Collectors.toSet());
                    SessionDraft draft = new SessionDraft(
                            type.getValue(),
                            title.getValue(),
                            text.getValue(),
                            slot.getValue() == null ? null : slot.getValue().id(),
                            room.getValue() == null ? null : room.getValue().id(),
                            speakerIds,
                            group.getValue(),
                            capacity.getValue());
                    if (existing == null) {
                        editor.sessions.add(editor.congressId(), draft);
                    } else {
                        editor.sessions.update(existing.id(), draft);
                    }
                },
                type,
                title,
                slot,
                room,
                capacity,
                group,
                speakers,
                text);
        dialog.form.setColspan(text, 2);
        dialog.form.setColspan(speakers, 2);
        dialog.problems.field(CongressRules.TYPE, type);
        dialog.problems.field(CongressRules.TITLE, title);
        dialog.problems.field(CongressRules.ABSTRACT, text);
        dialog.problems.field(CongressRules.SLOT, slot);
        dialog.problems.field(CongressRules.ROOM, room);
        dialog.problems.field(CongressRules.CAPACITY, capacity);
        dialog.problems.field(CongressRules.SPEAKERS, speakers);
        dialog.problems.field(CongressRules.GROUP, group);
        dialog.open();
    }
}
