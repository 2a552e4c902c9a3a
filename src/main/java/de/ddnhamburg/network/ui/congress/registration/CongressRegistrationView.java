package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationOptions;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.AudienceLayout;
import org.jspecify.annotations.Nullable;

/**
 * The registration page ({@code kongress/:id/anmelden}), for guests and members: the steps are
 * {@link RegistrationWizard}'s; this page decides whether they are shown. A member registered
 * already is led to the registration instead, a congress that is not open (or not there) says so,
 * and a guest who registered is asked to confirm by mail.
 */
@Route(value = RoutePaths.CONGRESS_REGISTER, layout = AudienceLayout.class)
@AnonymousAllowed
public class CongressRegistrationView extends Div implements BeforeEnterObserver, TranslatedTitle {

    static final String ID = "id";

    private final RegistrationOptionsService options;
    private final MemberCongressRegistrationService members;
    private final CongressGuestRegistrationService guests;

    private long congressId;
    private @Nullable RegistrationOptions offer;

    public CongressRegistrationView(
            RegistrationOptionsService options,
            MemberCongressRegistrationService members,
            CongressGuestRegistrationService guests) {
        this.options = options;
        this.members = members;
        this.guests = guests;
        addClassNames("congress-wizard-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        congressId = event.getRouteParameters().getLong(ID).orElse(-1L);
        // Forgotten first: a visit before this one in the same instance may have had an offer.
        offer = null;
        RegistrationOptions found;
        try {
            found = options.options(congressId, null);
        } catch (NotFoundException e) {
            message("wizard-unavailable", getTranslation("congress.wizard.unavailable"), false);
            return;
        }
        offer = found;
        if (found.member() && members.existing(congressId).isPresent()) {
            event.forwardTo(RoutePaths.CONGRESS_MY_REGISTRATION, QueryParameters.of("bereits", "1"));
            return;
        }
        removeAll();
        add(new H1(getTranslation("congress.wizard.title", found.title())));
        if (!found.open()) {
            message(
                    "wizard-closed",
                    found.notOpenYet()
                            ? getTranslation(
                                    "congress.wizard.notOpenYet",
                                    DateTimeFormat.appointment(found.registrationOpensAt(), getLocale()))
                            : getTranslation("congress.wizard.closed"),
                    true);
            return;
        }
        add(new RegistrationWizard(found, options, members, guests, this::checkYourMail));
    }

    private void message(String id, String text, boolean linkToCongress) {
        if (offer == null) {
            removeAll();
            add(new H1(getTranslation("congress.wizard.titlePlain")));
        }
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.addClassNames("notice", "wizard-message");
        message.getElement().setAttribute("role", "status");
        add(message);
        if (linkToCongress) {
            add(congressLink());
        }
    }

    private Anchor congressLink() {
        Anchor link = new Anchor("kongress/" + congressId, getTranslation("congress.ui.toCongress"));
        link.setId("wizard-congress-link");
        return link;
    }

    /** The same answer whatever happened to the address, so the page reveals nobody's registration. */
    private void checkYourMail(String email) {
        removeAll();
        add(new H1(getTranslation("congress.wizard.done.title")));
        Paragraph done = new Paragraph(getTranslation("congress.wizard.done.guest", email));
        done.setId("wizard-done");
        done.getElement().setAttribute("role", "status");
        add(done, new Paragraph(getTranslation("congress.wizard.done.guestHint")), congressLink());
    }

    @Override
    public String titleKey() {
        return "congress.wizard.titlePlain";
    }
}
