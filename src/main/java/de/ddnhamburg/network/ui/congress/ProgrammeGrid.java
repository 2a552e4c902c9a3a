package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.CongressPage;
import de.ddnhamburg.network.domain.congress.ProgrammeDay;
import de.ddnhamburg.network.domain.congress.ProgrammeSlot;
import de.ddnhamburg.network.domain.congress.RoomItem;
import de.ddnhamburg.network.domain.congress.SessionCard;
import de.ddnhamburg.network.domain.congress.SpeakerRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The programme of one edition by day and slot. One structure for both screens: on a desktop a CSS
 * grid puts the rooms side by side (a slot with one session spans them all); below 48rem the
 * stylesheet turns it into an agenda, one session below the other, each with its room. Seat labels
 * are kept by session id, so that live updates change only them.
 */
class ProgrammeGrid extends Div {

    private final Map<Long, Span> seatLabels = new HashMap<>();

    ProgrammeGrid(CongressPage congress) {
        setId("congress-programme");
        addClassName("congress-programme");
        boolean any = congress.days().stream().anyMatch(day -> !day.slots().isEmpty());
        if (!any) {
            Paragraph empty = new Paragraph(getTranslation("congress.programme.empty"));
            empty.setId("congress-programme-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        for (ProgrammeDay day : congress.days()) {
            if (congress.days().size() > 1) {
                add(new H3(getTranslation(
                        "congress.programme.day", day.dayNumber(), CongressFormat.day(day.date(), getLocale()))));
            }
            add(day(day));
        }
    }

    /** Shows the seats of this reading; sessions not in it keep their label. */
    void showSeats(CongressPage congress) {
        congress.days()
                .forEach(day -> day.slots()
                        .forEach(slot -> slot.sessions().forEach(session -> {
                            Span label = seatLabels.get(session.id());
                            if (label != null) {
                                label.setText(CongressFormat.seats(this, session));
                                label.getElement().getClassList().set("full", isFull(session));
                            }
                        })));
    }

    private Div day(ProgrammeDay day) {
        Div grid = new Div();
        grid.addClassName("congress-day");
        grid.setId("congress-day-" + day.dayNumber());
        List<RoomItem> rooms = day.rooms();
        int columns = Math.max(1, rooms.size());
        grid.getStyle().set("--congress-rooms", String.valueOf(columns));
        Map<Long, Integer> columnOfRoom =
                rooms.stream().collect(Collectors.toMap(RoomItem::id, room -> rooms.indexOf(room) + 2));
        Div corner = new Div();
        corner.addClassNames("congress-room-head", "congress-corner");
        place(corner, 1, 1, 1);
        grid.add(corner);
        for (RoomItem room : rooms) {
            Div head = new Div(room.name());
            head.addClassName("congress-room-head");
            place(head, 1, rooms.indexOf(room) + 2, 1);
            grid.add(head);
        }
        int row = 2;
        for (ProgrammeSlot slot : day.slots()) {
            Div time = new Div(CongressFormat.timeRange(this, slot.startsAt(), slot.endsAt()));
            time.addClassName("congress-slot-time");
            if (slot.choice()) {
                time.add(new Span(getTranslation("congress.programme.choice")));
            }
            place(time, row, 1, 1);
            grid.add(time);
            for (SessionCard session : slot.sessions()) {
                Div card = session(session);
                if (slot.sessions().size() == 1) {
                    place(card, row, 2, columns);
                } else {
                    place(card, row, columnOfRoom.getOrDefault(session.roomId(), 2), 1);
                }
                grid.add(card);
            }
            row++;
        }
        return grid;
    }

    private Div session(SessionCard session) {
        Div card = new Div();
        card.setId("congress-session-" + session.id());
        card.addClassNames("congress-session", "type-" + session.type().name().toLowerCase(java.util.Locale.ROOT));
        Span type =
                new Span(getTranslation("congress.sessionType." + session.type().name()));
        type.addClassName("congress-session-type");
        card.add(type);
        if (session.cancelled()) {
            Span cancelled = new Span(getTranslation("congress.session.cancelled"));
            cancelled.addClassName("congress-cancelled");
            card.add(cancelled);
            card.addClassName("cancelled");
        }
        RouterLink title = new RouterLink(
                session.title(),
                CongressSessionView.class,
                new RouteParameters(Map.of(
                        CongressSessionView.ID, String.valueOf(session.congressId()),
                        CongressSessionView.SESSION, String.valueOf(session.id()))));
        title.addClassName("congress-session-title");
        card.add(title);
        if (!session.speakers().isEmpty()) {
            Paragraph speakers = new Paragraph(
                    session.speakers().stream().map(SpeakerRef::name).collect(Collectors.joining(", ")));
            speakers.addClassName("congress-session-speakers");
            card.add(speakers);
        }
        Span room = new Span(session.roomName());
        room.addClassName("congress-session-room");
        card.add(room);
        Span seats = new Span(CongressFormat.seats(this, session));
        seats.setId("congress-seats-" + session.id());
        seats.addClassName("congress-seats");
        seats.getElement().getClassList().set("full", isFull(session));
        seatLabels.put(session.id(), seats);
        card.add(seats);
        return card;
    }

    private static boolean isFull(SessionCard session) {
        return session.seatsLeft() != null && session.seatsLeft() == 0;
    }

    private static void place(Div cell, int row, int column, int span) {
        cell.getStyle().set("grid-row", String.valueOf(row));
        cell.getStyle().set("grid-column", column + " / span " + span);
    }
}
