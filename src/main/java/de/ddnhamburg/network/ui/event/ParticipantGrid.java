package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.event.ParticipantRow;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Participants of one seat kind, confirmed or waiting. A list is bounded by the event's seats and
 * its waiting list, so it is loaded whole. Guests (registrations without an account) show a badge.
 */
class ParticipantGrid extends Grid<ParticipantRow> {

    /** What the organiser can do with a row; the view calls the services. */
    record Actions(
            BiConsumer<ParticipantRow, Boolean> attended,
            Consumer<ParticipantRow> move,
            Consumer<ParticipantRow> cancel) {}

    ParticipantGrid(RegistrationStatus status, Actions actions) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        if (status == RegistrationStatus.WAITLISTED) {
            addColumn(ParticipantRow::waitingPosition)
                    .setKey("position")
                    .setHeader(getTranslation("event.organiser.column.position"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        addComponentColumn(this::name).setKey("name").setHeader(getTranslation("event.organiser.column.name"));
        // Empty where the member does not show their address to the organiser (profile choice).
        addColumn(row -> row.email() == null ? "" : row.email())
                .setKey("email")
                .setHeader(getTranslation("event.organiser.column.email"));
        addColumn(row -> row.organisation() == null ? "" : row.organisation())
                .setKey("organisation")
                .setHeader(getTranslation("event.organiser.column.organisation"));
        addColumn(row -> DateTimeFormat.appointment(row.registeredAt(), getLocale()))
                .setKey("registeredAt")
                .setHeader(getTranslation("event.organiser.column.registeredAt"));
        if (status == RegistrationStatus.CONFIRMED) {
            addComponentColumn(row -> attended(row, actions))
                    .setKey("attended")
                    .setHeader(getTranslation("event.organiser.column.attended"))
                    .setAutoWidth(true);
        }
        addComponentColumn(row -> buttons(row, status, actions))
                .setKey("actions")
                .setHeader(getTranslation("event.organiser.column.actions"))
                .setAutoWidth(true);
    }

    private Div name(ParticipantRow row) {
        Div name = new Div(new Span(row.name()));
        if (row.guest()) {
            Span guest = new Span(getTranslation("event.organiser.guest"));
            guest.getElement().getThemeList().add("badge contrast small");
            name.add(guest);
        }
        return name;
    }

    private Checkbox attended(ParticipantRow row, Actions actions) {
        Checkbox present = new Checkbox(row.attendedAt() != null);
        present.setId("attended-" + row.registrationId());
        present.setAriaLabel(getTranslation("event.organiser.attended", row.name()));
        if (row.attendedAt() != null) {
            present.setTooltipText(DateTimeFormat.appointment(row.attendedAt(), getLocale()));
        }
        present.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                actions.attended().accept(row, change.getValue());
            }
        });
        return present;
    }

    private Div buttons(ParticipantRow row, RegistrationStatus status, Actions actions) {
        Div buttons = new Div();
        if (status == RegistrationStatus.WAITLISTED) {
            Button move = new Button(
                    getTranslation("event.organiser.move"),
                    click -> actions.move().accept(row));
            move.setId("move-" + row.registrationId());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(move);
        }
        Button cancel = new Button(
                getTranslation("event.organiser.cancel"),
                click -> Confirmation.ask(
                        this,
                        "participants-cancel-confirm",
                        "event.organiser.confirm.cancel.",
                        row.name(),
                        () -> actions.cancel().accept(row)));
        cancel.setId("cancel-" + row.registrationId());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(cancel);
        return buttons;
    }
}
