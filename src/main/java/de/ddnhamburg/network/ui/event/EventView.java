package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.EventPage;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.EventStatus;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.MyEventOrganisingService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.RegistrationSummary;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.event.SeatOffer;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Badges;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.LivePage;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.layout.AudienceLayout;
import java.util.ArrayList;
import java.util.List;

/** An event with the seats still free per kind, and registering or cancelling with one click. */
@Route(value = RoutePaths.EVENT, layout = AudienceLayout.class)
@AnonymousAllowed
public class EventView extends Div implements BeforeEnterObserver, NamedTitle, LivePage {

    public static final String ID = "id";

    private final EventRegistrationService registrations;
    private final EventService editing;
    private final MyEventOrganisingService organising;
    private final EventPageExtras extras;
    private final GuestRegistrationService guests;
    private final boolean guest;
    private String title = "";

    public EventView(
            EventRegistrationService registrations,
            EventService editing,
            MyEventOrganisingService organising,
            EventPageExtras extras,
            GuestRegistrationService guests,
            AuthenticationContext authentication) {
        this.registrations = registrations;
        this.editing = editing;
        this.organising = organising;
        this.extras = extras;
        this.guests = guests;
        this.guest = !authentication.isAuthenticated();
        addClassName("event-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long id) {
        EventPage event = registrations.page(id);
        removeAll();
        title = event.title();
        H1 heading = new H1(event.title());
        heading.setId("event-title");
        List<String> badges = new ArrayList<>(List.of(
                getTranslation("event.type." + event.type().name()),
                getTranslation("event.format." + event.format().name())));
        if (event.status() != EventStatus.PUBLISHED) {
            badges.add(getTranslation("event.status." + event.status().name()));
        }
        Paragraph when = new Paragraph(getTranslation(
                "event.page.when",
                DateTimeFormat.appointment(event.startsAt(), getLocale()),
                DateTimeFormat.appointment(event.endsAt(), getLocale())));
        when.setId("event-when");
        add(
                heading,
                Badges.of(badges, "contrast"),
                when,
                new Paragraph(CalendarLinks.eventFile(event.id(), getTranslation("event.page.addToCalendar"))));
        add(new EventOrganiserActions(organising, editing, event.id()));
        if (event.venue() != null) {
            add(new Paragraph(getTranslation("event.page.venue", event.venue())));
        }
        if (!event.description().isBlank()) {
            Paragraph description = new Paragraph(event.description());
            description.addClassName("group-text");
            add(description);
        }
        if (event.onlineLink() != null) {
            Anchor link = new Anchor(event.onlineLink(), getTranslation("event.page.onlineLink"), AnchorTarget.BLANK);
            link.setId("event-online-link");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Paragraph(link));
        }
        add(
                extras.liveSeats(event, () -> load(id)),
                guest ? new GuestRegistrationForm(guests, event.id()) : registration(event));
        if (!guest) {
            add(extras.peopleMet(event));
        }
        add(extras.community(event));
    }

    private Component registration(EventPage event) {
        Div box = new Div();
        box.setId("event-registration");
        RegistrationSummary mine = event.mine();
        if (mine != null && mine.status() != RegistrationStatus.CANCELLED) {
            String kind = getTranslation("event.seat." + mine.seatKind().name());
            Paragraph state = mine.status() == RegistrationStatus.CONFIRMED
                    ? new Paragraph(getTranslation("event.page.confirmed", kind))
                    : new Paragraph(getTranslation("event.page.waiting", kind, mine.waitingPosition()));
            state.setId("event-my-status");
            Button cancel = new Button(
                    getTranslation("event.page.cancel"),
                    click -> Confirmation.ask(
                            this,
                            "confirm-event-cancel",
                            "event.confirm.cancel.",
                            event.title(),
                            () -> act(event.id(), () -> registrations.cancel(mine.id()), "event.page.cancelled")));
            cancel.setId("event-cancel");
            box.add(state, cancel);
        } else if (event.registrationOpen()) {
            for (SeatOffer offer : event.seats()) {
                SeatKind kind = offer.kind();
                Button register = new Button(
                        getTranslation("event.page.register", getTranslation("event.seat." + kind.name())),
                        click -> act(
                                event.id(), () -> registrations.register(event.id(), kind), "event.page.registered"));
                register.setId("event-register-"
                        + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                register.setDisableOnClick(true);
                box.add(register);
            }
        } else {
            Paragraph closed = new Paragraph(getTranslation("event.page.closed"));
            closed.setId("event-closed");
            box.add(closed);
        }
        return box;
    }

    private void act(long eventId, Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(doneKey);
        } catch (DomainException problem) {
            Notices.problem(problem);
        }
        load(eventId);
    }

    @Override
    public String titleName() {
        return title;
    }
}
