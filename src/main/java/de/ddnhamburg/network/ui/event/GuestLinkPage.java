package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.GuestLinkException;
import de.ddnhamburg.network.domain.event.GuestRegistrationSummary;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import java.util.function.Function;

/**
 * The pages a guest's mailed link leads to. Opening the page only checks the link; the guest acts
 * with a click, so that a mail scanner fetching the link does not use it up. A link that does not
 * work gets its reason, nothing about whose it was.
 */
abstract class GuestLinkPage extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final String prefix;

    GuestLinkPage(String prefix) {
        this.prefix = prefix;
        addClassNames("account-page", "guest-link-page");
    }

    /** Checks the link without using it up. */
    abstract GuestRegistrationSummary check(String token);

    /** Uses the link. */
    abstract GuestRegistrationSummary act(String token);

    /** What to say after acting. */
    abstract String done(GuestRegistrationSummary result);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        show(token, this::check, summary -> {
            Button button =
                    new Button(getTranslation(prefix + "button"), click -> show(token, this::act, this::finished));
            button.setId("guest-link-action");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setDisableOnClick(true);
            Paragraph lead = new Paragraph(getTranslation(
                    prefix + "lead",
                    summary.eventTitle(),
                    DateTimeFormat.appointment(summary.startsAt(), getLocale())));
            lead.setId("guest-link-lead");
            add(lead);
            addOnlineLink(summary);
            add(button);
        });
    }

    private void finished(GuestRegistrationSummary result) {
        Paragraph done = new Paragraph(done(result));
        done.setId("guest-link-done");
        done.getElement().setAttribute("role", "status");
        RouterLink event = new RouterLink(
                getTranslation("event.guest.eventLink"),
                EventView.class,
                new RouteParameters(EventView.ID, String.valueOf(result.eventId())));
        event.setId("guest-event-link");
        add(done);
        addOnlineLink(result);
        add(event);
    }

    /**
     * The access link of an online event, where the service gives it: to a guest who confirmed the
     * address and holds a confirmed online seat (issue 12). The cancel link stays valid until the
     * event starts, so its page is where a guest finds the way in again.
     */
    private void addOnlineLink(GuestRegistrationSummary summary) {
        String url = summary.onlineLink();
        if (url == null) {
            return;
        }
        Anchor link = new Anchor(url, getTranslation("event.page.onlineLink"), AnchorTarget.BLANK);
        link.setId("guest-online-link");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        add(new Paragraph(link));
    }

    private void show(
            String token,
            Function<String, GuestRegistrationSummary> call,
            java.util.function.Consumer<GuestRegistrationSummary> then) {
        removeAll();
        add(new H1(getTranslation(prefix + "title")));
        GuestRegistrationSummary summary;
        try {
            summary = call.apply(token);
        } catch (GuestLinkException e) {
            Paragraph problem = new Paragraph(getTranslation(e.problem().messageKey()));
            problem.setId("guest-link-problem");
            problem.addClassNames("account-message", "problem");
            problem.getElement().setAttribute("role", "alert");
            add(problem);
            return;
        }
        then.accept(summary);
    }

    @Override
    public String titleKey() {
        return prefix + "title";
    }
}
