package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.congress.CongressGuestConfirmationService;
import de.ddnhamburg.network.domain.congress.CongressLinkException;
import de.ddnhamburg.network.domain.congress.GuestConfirmation;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.AudienceLayout;
import java.util.Map;

/**
 * Where a guest's confirmation link leads. Opening the page only checks the link; the guest confirms
 * with a click (so that a mail scanner fetching the link does not use it up), then sees the
 * registration with the ticket and a link to "Meine Anmeldung" to keep.
 */
@Route(value = RoutePaths.CONGRESS_GUEST_CONFIRM, layout = AudienceLayout.class)
@AnonymousAllowed
public class CongressGuestConfirmView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final CongressGuestConfirmationService confirmations;
    private final MyCongressRegistrationService mine;
    private final RegistrationOptionsService options;

    public CongressGuestConfirmView(
            CongressGuestConfirmationService confirmations,
            MyCongressRegistrationService mine,
            RegistrationOptionsService options) {
        this.confirmations = confirmations;
        this.mine = mine;
        this.options = options;
        addClassNames("congress-mine-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        removeAll();
        add(new H1(getTranslation("congress.confirm.title")));
        RegistrationDetails pending;
        try {
            pending = confirmations.checkConfirmation(token);
        } catch (CongressLinkException e) {
            add(GuestCongressRegistrationView.linkProblem(this, e));
            return;
        }
        Paragraph lead = new Paragraph(getTranslation(
                "congress.confirm.lead",
                pending.congressTitle(),
                DateTimeFormat.date(
                        pending.firstDay()
                                .atStartOfDay(de.ddnhamburg.network.domain.common.ClockConfig.DISPLAY_ZONE)
                                .toInstant(),
                        getLocale())));
        lead.setId("confirm-lead");
        Button confirm = new Button(getTranslation("congress.confirm.button"), click -> confirm(token));
        confirm.setId("confirm-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        add(lead, confirm);
    }

    private void confirm(String token) {
        removeAll();
        add(new H1(getTranslation("congress.confirm.title")));
        GuestConfirmation confirmed;
        try {
            confirmed = confirmations.confirmAndOpen(token);
        } catch (CongressLinkException e) {
            add(GuestCongressRegistrationView.linkProblem(this, e));
            return;
        }
        Paragraph done = new Paragraph(getTranslation("congress.confirm.done"));
        done.setId("confirm-done");
        done.getElement().setAttribute("role", "status");
        String manage = RoutePaths.CONGRESS_GUEST_REGISTRATION + "?"
                + QueryParameters.simple(Map.of("token", confirmed.manageToken()))
                        .getQueryString();
        Anchor link = new Anchor(manage, getTranslation("congress.confirm.manage"));
        link.setId("confirm-manage-link");
        add(
                done,
                new Paragraph(getTranslation("congress.confirm.manageHint")),
                link,
                new RegistrationPanel(
                        mine, options, RegistrationKey.guest(confirmed.manageToken()), confirmed.details()));
    }

    @Override
    public String titleKey() {
        return "congress.confirm.title";
    }
}
