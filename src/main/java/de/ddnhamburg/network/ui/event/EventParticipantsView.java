package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.export.ExportFormat;
import de.ddnhamburg.network.domain.event.EventOrganiserService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.ParticipantList;
import de.ddnhamburg.network.domain.event.ParticipantRow;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.event.SeatOffer;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The organisers' page of an event: confirmed participants and the waiting list per seat kind,
 * attendance, moving to a free seat, cancelling, a message to all, and exports. Open to every
 * member by route; {@link EventOrganiserService} refuses everyone but the event's organisers, and
 * this page then shows "access denied" (or "not found" for an event they may not see).
 */
@Route(value = RoutePaths.EVENT_PARTICIPANTS, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class EventParticipantsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    public static final String ID = "id";

    private final EventOrganiserService organiser;
    private final EventRegistrationService registrations;
    private long eventId;
    private String title = "";

    public EventParticipantsView(EventOrganiserService organiser, EventRegistrationService registrations) {
        this.organiser = organiser;
        this.registrations = registrations;
        addClassName("event-participants-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, id -> {
            eventId = id;
            show(organiser.participants(id));
        });
    }

    private void show(ParticipantList list) {
        removeAll();
        title = list.title();
        H1 heading = new H1(getTranslation("event.organiser.title", list.title()));
        heading.setId("participants-title");
        RouterLink back = new RouterLink(
                getTranslation("event.organiser.back"),
                EventView.class,
                new RouteParameters(EventView.ID, String.valueOf(list.eventId())));
        back.setId("participants-back");
        Button message = new Button(
                getTranslation("event.organiser.message.open"),
                click -> new ParticipantMessageDialog(organiser, list.eventId()).open());
        message.setId("participants-message");
        Div actions = new Div(
                message,
                download(
                        ExportFormat.CSV,
                        "event.organiser.exportCsv",
                        () -> organiser.exportCsv(list.eventId(), locale())),
                download(
                        ExportFormat.XLSX,
                        "event.organiser.exportXlsx",
                        () -> organiser.exportXlsx(list.eventId(), locale())));
        actions.addClassName("toolbar");
        add(heading, new Paragraph(back), actions);
        for (SeatOffer offer : list.seats()) {
            add(section(offer, RegistrationStatus.CONFIRMED, "event.organiser.confirmed", list.confirmed()));
            add(section(offer, RegistrationStatus.WAITLISTED, "event.organiser.waiting", list.waiting()));
        }
    }

    private Div section(SeatOffer offer, RegistrationStatus status, String headingKey, List<ParticipantRow> rows) {
        SeatKind kind = offer.kind();
        List<ParticipantRow> ofKind =
                rows.stream().filter(row -> row.seatKind() == kind).toList();
        String suffix = (status == RegistrationStatus.CONFIRMED ? "confirmed-" : "waiting-")
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Div section = new Div(new H2(getTranslation(headingKey, getTranslation("event.seat." + kind.name()))));
        if (ofKind.isEmpty()) {
            Paragraph nobody = new Paragraph(getTranslation("event.organiser.empty"));
            nobody.setId("participants-empty-" + suffix);
            section.add(nobody);
        } else {
            ParticipantGrid grid = new ParticipantGrid(
                    status,
                    new ParticipantGrid.Actions(
                            (row, present) -> act(
                                    () -> organiser.markAttendance(row.registrationId(), present),
                                    "event.organiser.attendanceSaved",
                                    row),
                            row -> move(row, offer),
                            row -> act(
                                    () -> registrations.cancel(row.registrationId()),
                                    "event.organiser.cancelled",
                                    row)));
            grid.setId("participants-" + suffix);
            grid.setItems(ofKind);
            section.add(grid);
        }
        return section;
    }

    /** Onto a free seat at once; when all are taken, only after agreeing to add a seat for them. */
    private void move(ParticipantRow row, SeatOffer offer) {
        Long free = offer.free();
        if (free == null || free > 0) {
            act(() -> organiser.moveToSeat(row.registrationId(), false), "event.organiser.moved", row);
        } else {
            Confirmation.ask(
                    this,
                    "participants-add-seat-confirm",
                    "event.organiser.confirm.addSeat.",
                    row.name(),
                    () -> act(() -> organiser.moveToSeat(row.registrationId(), true), "event.organiser.moved", row));
        }
    }

    private void act(Runnable action, String doneKey, ParticipantRow row) {
        try {
            action.run();
            Notices.success(doneKey, row.name());
        } catch (DomainException problem) {
            Notices.problem(problem);
        }
        show(organiser.participants(eventId));
    }

    /** The file is made when the link is followed, in that request, for its signed-in organiser. */
    private Anchor download(ExportFormat format, String labelKey, Supplier<byte[]> content) {
        String fileName = format.fileName(getLocale(), "file.participants", eventId);
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, format.contentType(), bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation(labelKey));
        anchor.setId("participants-export-" + format.extension());
        return anchor;
    }

    private Locale locale() {
        return getLocale();
    }

    @Override
    public String titleKey() {
        return "event.organiser.title";
    }

    @Override
    public Object[] titleArguments() {
        return new Object[] {title};
    }
}
