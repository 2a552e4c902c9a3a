package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.ContactStatus;
import de.ddnhamburg.network.domain.event.EventFollowUpService;
import de.ddnhamburg.network.domain.event.PeopleMet;
import de.ddnhamburg.network.domain.event.PersonMet;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.contact.MetAtEventDialog;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Wen habe ich getroffen?" (issue 16): after an event, the others who were there and show in its
 * participant list, each with a thank-you or a contact request that names the event. What a
 * member may see here {@link EventFollowUpService} decides; the contact service checks again.
 */
@Route(value = RoutePaths.EVENT + "/" + PeopleMet.PATH, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class PeopleMetView extends Div implements BeforeEnterObserver, TranslatedTitle {

    public static final String ID = "id";

    private final EventFollowUpService followUps;
    private final ContactReadService contacts;
    private final ContactRequestService requests;
    private final MemberProfileService profiles;

    public PeopleMetView(
            EventFollowUpService followUps,
            ContactReadService contacts,
            ContactRequestService requests,
            MemberProfileService profiles) {
        this.followUps = followUps;
        this.contacts = contacts;
        this.requests = requests;
        this.profiles = profiles;
        addClassName("people-met-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long eventId) {
        removeAll();
        H1 heading = new H1(getTranslation("event.met.title"));
        heading.setId("people-met-title");
        RouterLink back = new RouterLink(
                getTranslation("event.met.back"),
                EventView.class,
                new RouteParameters(EventView.ID, String.valueOf(eventId)));
        back.setId("people-met-back");
        add(heading);
        PeopleMet met;
        try {
            met = followUps.peopleMet(eventId, getLocale());
        } catch (DomainException problem) {
            Paragraph why = new Paragraph(getTranslation(problem.getMessageKey()));
            why.setId("people-met-unavailable");
            add(why, new Paragraph(back));
            return;
        }
        Paragraph lead = new Paragraph(getTranslation("event.met.lead", met.title()));
        lead.setId("people-met-lead");
        add(lead, new Paragraph(back));
        if (met.people().isEmpty()) {
            Paragraph nobody = new Paragraph(getTranslation("event.met.nobody"));
            nobody.setId("people-met-nobody");
            add(nobody);
            return;
        }
        Div list = new Div();
        list.setId("people-met-list");
        list.addClassName("people-met-list");
        met.people().forEach(person -> list.add(card(met, person)));
        add(list);
    }

    private Div card(PeopleMet met, PersonMet person) {
        Div card = new Div();
        card.setId("person-met-" + person.memberId());
        card.addClassNames("card", "person-met");
        Anchor name = new Anchor(RoutePaths.MEMBERS + "/" + person.memberId(), person.displayName());
        name.addClassName("person-met-name");
        card.add(name);
        if (person.organisation() != null) {
            card.add(new Span(" · " + person.organisation()));
        }
        card.add(actions(met, person));
        return card;
    }

    private Component actions(PeopleMet met, PersonMet person) {
        Div actions = new Div();
        actions.addClassName("toolbar");
        ContactStatus status = contacts.stateWith(person.memberId()).status();
        if (status == ContactStatus.NONE) {
            actions.add(
                    button(met, person, true, ButtonVariant.LUMO_PRIMARY),
                    button(met, person, false, ButtonVariant.LUMO_TERTIARY));
        } else {
            Span state = new Span(getTranslation(stateKey(status)));
            state.setId("person-met-state-" + person.memberId());
            actions.add(state);
        }
        return actions;
    }

    private Button button(PeopleMet met, PersonMet person, boolean thanks, ButtonVariant variant) {
        Button button = new Button(
                getTranslation(thanks ? "event.met.thank" : "event.met.ask"),
                click -> MetAtEventDialog.of(
                                this,
                                requests,
                                profiles,
                                profiles.viewProfile(person.memberId(), getLocale()),
                                met.eventId(),
                                met.title(),
                                thanks,
                                sent -> load(met.eventId()))
                        .open());
        button.setId((thanks ? "thank-" : "ask-") + person.memberId());
        button.addThemeVariants(variant);
        button.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(thanks ? "event.met.thank.label" : "event.met.ask.label", person.displayName()));
        return button;
    }

    private static String stateKey(ContactStatus status) {
        return switch (status) {
            case CONTACTS -> "event.met.state.contacts";
            case REQUEST_SENT -> "event.met.state.requestSent";
            case REQUEST_RECEIVED -> "event.met.state.requestReceived";
            case BLOCKED_BY_ME -> "event.met.state.blockedByMe";
            default -> "event.met.state.unavailable";
        };
    }

    @Override
    public String titleKey() {
        return "event.met.title";
    }
}
