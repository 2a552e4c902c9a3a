package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.congress.CongressLinkException;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.AudienceLayout;

/**
 * "Meine Anmeldung" of a guest, opened by the mailed manage link ({@code ?token=}), which opens
 * only its own registration; a link that does not work says why, nothing about whose it was.
 */
@Route(value = RoutePaths.CONGRESS_GUEST_REGISTRATION, layout = AudienceLayout.class)
@AnonymousAllowed
public class GuestCongressRegistrationView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MyCongressRegistrationService mine;
    private final RegistrationOptionsService options;

    public GuestCongressRegistrationView(MyCongressRegistrationService mine, RegistrationOptionsService options) {
        this.mine = mine;
        this.options = options;
        addClassName("congress-mine-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("congress.mine.title")));
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        RegistrationKey key = RegistrationKey.guest(token);
        try {
            add(new RegistrationPanel(mine, options, key, mine.open(key)));
        } catch (CongressLinkException e) {
            add(linkProblem(this, e));
        }
    }

    static Paragraph linkProblem(Div on, CongressLinkException e) {
        Paragraph problem = new Paragraph(on.getTranslation(e.problem().messageKey()));
        problem.setId("link-problem");
        problem.addClassNames("account-message", "problem");
        problem.getElement().setAttribute("role", "alert");
        return problem;
    }

    @Override
    public String titleKey() {
        return "congress.mine.title";
    }
}
