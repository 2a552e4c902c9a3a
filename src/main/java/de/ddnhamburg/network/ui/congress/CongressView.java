package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.congress.CategoryOffer;
import de.ddnhamburg.network.domain.congress.CongressPage;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.SpeakerCard;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.LivePage;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.layout.AudienceLayout;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public page of a congress edition, for guests and members: what, when and where, a clear
 * "Jetzt anmelden" (or "Meine Anmeldung" for a member registered already), the programme by day and slot, the speakers and the ticket categories with
 * prices and places left. Seats and places update live while the page is open.
 */
@Route(value = RoutePaths.CONGRESS, layout = AudienceLayout.class)
@AnonymousAllowed
public class CongressView extends Div implements BeforeEnterObserver, NamedTitle, LivePage {

    public static final String ID = "id";

    private final CongressReadService congresses;
    private final CongressSeatsBroadcaster broadcaster;
    private final MyCongressRegistrationService mine;
    private final boolean member;
    private final Map<Long, Span> categoryLabels = new HashMap<>();
    private @Nullable ProgrammeGrid programme;
    private @Nullable LiveCongressSeats live;
    private String title = "";

    public CongressView(
            CongressReadService congresses,
            CongressSeatsBroadcaster broadcaster,
            MyCongressRegistrationService mine,
            AuthenticationContext authentication) {
        this.congresses = congresses;
        this.broadcaster = broadcaster;
        this.mine = mine;
        this.member = authentication.isAuthenticated();
        addClassName("congress-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long id) {
        CongressPage congress = congresses.page(id);
        removeAll();
        categoryLabels.clear();
        title = congress.title();
        add(header(congress));
        ProgrammeGrid grid = new ProgrammeGrid(congress);
        programme = grid;
        Section programmeSection = new Section(new H2(getTranslation("congress.programme.title")), grid);
        programmeSection.addClassName("congress-section");
        programmeSection.add(new Paragraph(
                CongressFormat.icsLink(String.valueOf(congress.id()), getTranslation("congress.page.programmeIcs"))));
        add(programmeSection, speakers(congress), categories(congress), contact(congress));
        // Anew at each visit: this instance stays when the member opens another congress.
        if (live != null) {
            live.close();
        }
        live = new LiveCongressSeats(this, broadcaster, id, () -> showSeats(congresses.page(id)));
    }

    /** Shows the seats and places of a new reading; called by the live updates. */
    void showSeats(CongressPage congress) {
        if (programme != null) {
            programme.showSeats(congress);
        }
        for (CategoryOffer offer : congress.categories()) {
            Span label = categoryLabels.get(offer.id());
            if (label != null) {
                label.setText(CongressFormat.places(this, offer));
            }
        }
    }

    private Component header(CongressPage congress) {
        Section hero = new Section();
        hero.addClassName("congress-hero");
        H1 heading = new H1(congress.title());
        heading.setId("congress-title");
        hero.add(heading);
        if (congress.subtitle() != null) {
            Paragraph subtitle = new Paragraph(congress.subtitle());
            subtitle.addClassName("congress-subtitle");
            hero.add(subtitle);
        }
        if (congress.status() != CongressStatus.PUBLISHED) {
            Span status = new Span(
                    getTranslation("congress.status." + congress.status().name()));
            status.getElement().getThemeList().add("badge contrast");
            hero.add(status);
        }
        String days = congress.dayCount() == 1
                ? CongressFormat.day(congress.firstDay(), getLocale())
                : getTranslation(
                        "congress.page.days",
                        CongressFormat.day(congress.firstDay(), getLocale()),
                        CongressFormat.day(congress.firstDay().plusDays(congress.dayCount() - 1L), getLocale()));
        Paragraph when = new Paragraph(days);
        when.setId("congress-when");
        when.addClassName("congress-when");
        Paragraph where = new Paragraph(congress.venueName() + ", " + congress.venueAddress());
        where.setId("congress-where");
        hero.add(when, where);
        Div actions = new Div();
        actions.addClassName("congress-actions");
        if (member && mine.registeredFor(congress.id())) {
            CongressFormat.addMyRegistration(actions, this);
        } else if (congress.registrationOpen()) {
            Anchor register =
                    new Anchor(CongressFormat.registerPath(congress.id()), getTranslation("congress.page.register"));
            register.setId("congress-register");
            register.addClassNames("button-link", "primary");
            actions.add(register);
            actions.add(new Span(getTranslation(
                    "congress.page.registerUntil",
                    DateTimeFormat.appointment(congress.registrationClosesAt(), getLocale()))));
        } else {
            Paragraph closed = new Paragraph(
                    congress.status() == CongressStatus.PUBLISHED
                            ? getTranslation(
                                    "congress.page.registrationWindow",
                                    DateTimeFormat.appointment(congress.registrationOpensAt(), getLocale()),
                                    DateTimeFormat.appointment(congress.registrationClosesAt(), getLocale()))
                            : getTranslation("congress.page.registrationClosed"));
            closed.setId("congress-registration-closed");
            actions.add(closed);
        }
        Span left = new Span(getTranslation("congress.page.placesLeft", congress.placesLeft(), congress.capacity()));
        left.setId("congress-places-left");
        actions.add(left);
        hero.add(actions);
        if (!congress.description().isBlank()) {
            Paragraph description = new Paragraph(congress.description());
            description.addClassName("congress-description");
            hero.add(description);
        }
        return hero;
    }

    private Component speakers(CongressPage congress) {
        Section section = new Section(new H2(getTranslation("congress.speakers.title")));
        section.setId("congress-speakers");
        section.addClassName("congress-section");
        if (congress.speakers().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("congress.speakers.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        Div cards = new Div();
        cards.addClassName("congress-speaker-cards");
        for (SpeakerCard speaker : congress.speakers()) {
            cards.add(SpeakerCards.card(congresses, speaker, member));
        }
        section.add(cards);
        return section;
    }

    private Component categories(CongressPage congress) {
        Section section = new Section(new H2(getTranslation("congress.categories.title")));
        section.setId("congress-categories");
        section.addClassName("congress-section");
        Div cards = new Div();
        cards.addClassName("congress-category-cards");
        for (CategoryOffer offer : congress.categories()) {
            Div card = new Div();
            card.setId("congress-category-" + offer.id());
            card.addClassName("congress-category");
            Span name = new Span(offer.name());
            name.addClassName("congress-category-name");
            Span price = new Span(CongressFormat.price(this, offer.priceGross()));
            price.addClassName("congress-category-price");
            card.add(name, price);
            if (offer.priceGross().signum() > 0) {
                card.add(new Span(getTranslation("congress.category.vat", offer.vatRate())));
            }
            if (!offer.description().isBlank()) {
                card.add(new Paragraph(offer.description()));
            }
            if (offer.eligibility() != TicketEligibility.EVERYONE) {
                card.add(new Paragraph(getTranslation(
                        "congress.eligibility." + offer.eligibility().name())));
            }
            if (offer.approvalRequired()) {
                card.add(new Paragraph(getTranslation("congress.category.approval")));
            }
            Span left = new Span(CongressFormat.places(this, offer));
            left.setId("congress-category-left-" + offer.id());
            left.addClassName("congress-category-left");
            categoryLabels.put(offer.id(), left);
            card.add(left);
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    private Component contact(CongressPage congress) {
        Anchor mail = new Anchor("mailto:" + congress.contactEmail(), congress.contactEmail());
        Paragraph contact = new Paragraph(getTranslation("congress.page.contact", congress.contactName()));
        contact.add(new Span(" "), mail);
        contact.setId("congress-contact");
        return contact;
    }

    @Override
    public String titleName() {
        return title;
    }
}
