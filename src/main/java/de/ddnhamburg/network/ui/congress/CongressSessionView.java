package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressNetworkingService;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.SessionCard;
import de.ddnhamburg.network.domain.congress.SessionPage;
import de.ddnhamburg.network.domain.congress.SpeakerCard;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.LivePage;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.layout.AudienceLayout;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One session of the programme: abstract, speakers, room and time, seats left (live), its calendar
 * file and the way to register (or, for a member registered already, to "Meine Anmeldung"), and in the section {@link #PARTICIPANTS} "Wer ist noch dabei"
 * ({@link SessionCompanyPanel}).
 */
@Route(value = RoutePaths.CONGRESS_SESSION, layout = AudienceLayout.class)
@AnonymousAllowed
public class CongressSessionView extends Div implements BeforeEnterObserver, NamedTitle, LivePage {

    public static final String ID = "id";
    public static final String SESSION = "session";
    /** The id of the section with "Wer ist noch dabei". */
    public static final String PARTICIPANTS = "congress-session-participants";

    private final CongressReadService congresses;
    private final CongressNetworkingService networking;
    private final CongressSeatsBroadcaster broadcaster;
    private final MyCongressRegistrationService mine;
    private final boolean member;
    private final Span seats = new Span();
    private final Section participants = new Section();
    private @Nullable LiveCongressSeats live;
    private String title = "";

    public CongressSessionView(
            CongressReadService congresses,
            CongressNetworkingService networking,
            CongressSeatsBroadcaster broadcaster,
            MyCongressRegistrationService mine,
            AuthenticationContext authentication) {
        this.congresses = congresses;
        this.networking = networking;
        this.broadcaster = broadcaster;
        this.mine = mine;
        this.member = authentication.isAuthenticated();
        addClassName("congress-session-view");
        seats.setId("congress-session-seats");
        seats.addClassName("congress-seats");
        participants.setId(PARTICIPANTS);
        participants.addClassName(PARTICIPANTS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long congressId = event.getRouteParameters().getLong(ID).orElse(-1L);
        long sessionId = event.getRouteParameters().getLong(SESSION).orElse(-1L);
        try {
            load(congresses.session(congressId, sessionId));
            SessionCompanyPanel.fill(participants, networking.company(congressId, sessionId, getLocale()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        // Anew at each visit: this instance stays when the member opens another session.
        if (live != null) {
            live.close();
        }
        live = new LiveCongressSeats(
                this,
                broadcaster,
                congressId,
                () -> showSeats(congresses.session(congressId, sessionId).session()));
    }

    private void load(SessionPage page) {
        removeAll();
        SessionCard session = page.session();
        title = session.title();
        RouterLink back = new RouterLink(
                page.congress().title(),
                CongressView.class,
                new RouteParameters(
                        Map.of(CongressView.ID, String.valueOf(page.congress().id()))));
        back.setId("congress-back");
        back.addClassName("congress-back");
        H1 heading = new H1(session.title());
        heading.setId("congress-session-title");
        Span type =
                new Span(getTranslation("congress.sessionType." + session.type().name()));
        type.getElement().getThemeList().add("badge");
        Div badges = new Div(type);
        if (session.cancelled()) {
            Span cancelled = new Span(getTranslation("congress.session.cancelled"));
            cancelled.getElement().getThemeList().add("badge error");
            badges.add(cancelled);
        }
        Paragraph when = new Paragraph(getTranslation(
                "congress.session.when",
                CongressFormat.day(
                        session.startsAt()
                                .atZone(de.ddnhamburg.network.domain.common.ClockConfig.DISPLAY_ZONE)
                                .toLocalDate(),
                        getLocale()),
                CongressFormat.timeRange(this, session.startsAt(), session.endsAt()),
                session.roomName()));
        when.setId("congress-session-when");
        add(back, heading, badges, when);
        if (session.groupName() != null) {
            add(new Paragraph(getTranslation("congress.session.group", session.groupName())));
        }
        showSeats(session);
        add(new Paragraph(seats));
        if (!session.abstractText().isBlank()) {
            Paragraph text = new Paragraph(session.abstractText());
            text.setId("congress-session-abstract");
            text.addClassName("congress-description");
            add(text);
        }
        Div actions = new Div();
        actions.addClassName("congress-actions");
        if (member && mine.registeredFor(page.congress().id())) {
            CongressFormat.addMyRegistration(actions, this);
        } else if (page.registrationOpen() && !session.cancelled()) {
            Anchor register = new Anchor(
                    CongressFormat.registerPath(page.congress().id()), getTranslation("congress.page.register"));
            register.setId("congress-register");
            register.addClassNames("button-link", "primary");
            actions.add(register);
        }
        Anchor ics = CongressFormat.icsLink(
                page.congress().id() + "/sitzung/" + session.id(), getTranslation("congress.session.ics"));
        ics.setId("congress-session-ics");
        actions.add(ics);
        add(actions);
        if (!page.speakers().isEmpty()) {
            Section speakers = new Section(new H2(getTranslation("congress.speakers.title")));
            speakers.addClassName("congress-section");
            Div cards = new Div();
            cards.addClassName("congress-speaker-cards");
            for (SpeakerCard speaker : page.speakers()) {
                cards.add(SpeakerCards.card(congresses, speaker, member));
            }
            speakers.add(cards);
            add(speakers);
        }
        add(participants);
    }

    void showSeats(SessionCard session) {
        String text = CongressFormat.seats(this, session);
        seats.setText(text);
        seats.setVisible(!text.isEmpty());
        seats.getElement().getClassList().set("full", session.seatsLeft() != null && session.seatsLeft() == 0);
    }

    @Override
    public String titleName() {
        return title;
    }
}
