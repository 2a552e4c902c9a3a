package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;

/** A request waiting for my answer, with the sender's message and the three possible answers. */
public class ReceivedRequestCard extends Div {

    private final ContactRequestService requests;
    private final ContactRequestItem request;
    private final Runnable answered;

    /** @param answered called after any answer, so that the list around it can reload */
    public ReceivedRequestCard(ContactRequestService requests, ContactRequestItem request, Runnable answered) {
        this.requests = requests;
        this.request = request;
        this.answered = answered;
        setId("request-" + request.id());
        addClassNames("card", "contact-card", "request-card");

        Span sentAt = new Span(
                getTranslation("contact.request.sentAt", DateTimeFormat.dateTime(request.sentAt(), getLocale())));
        sentAt.addClassName("contact-meta");
        Div heading = new Div(
                MemberLinks.avatar(request.displayName(), request.initials()),
                new Div(MemberLinks.profile(request.memberId(), request.displayName()), sentAt));
        heading.addClassName("contact-heading");

        Div message = new Div(
                part("contact.dialog.whoIAm", request.message().whoIAm()),
                part("contact.dialog.whyIWrite", request.message().whyIWrite()),
                part("contact.dialog.nextStep", request.message().nextStep()));
        message.addClassName("request-message");

        Button accept = new Button(getTranslation("contact.button.accept"), click -> accept());
        accept.setId("accept-" + request.id());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("contact.button.decline"), click -> decline());
        decline.setId("decline-" + request.id());
        decline.setTooltipText(getTranslation("contact.request.help.decline"));
        Button ignore = new Button(getTranslation("contact.button.ignore"), click -> ignore());
        ignore.setId("ignore-" + request.id());
        ignore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ignore.setTooltipText(getTranslation("contact.request.help.ignore"));
        Div actions = new Div(accept, decline, ignore);
        actions.addClassName("contact-actions");

        add(heading, message, actions);
    }

    private Div part(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("request-part-label");
        Div part = new Div(label, new Paragraph(text));
        part.addClassName("request-part");
        return part;
    }

    private void accept() {
        requests.accept(request.id());
        done("contact.notify.accepted");
    }

    private void decline() {
        requests.decline(request.id());
        done("contact.notify.declined");
    }

    private void ignore() {
        requests.ignore(request.id());
        done("contact.notify.ignored");
    }

    private void done(String noticeKey) {
        Notices.success(noticeKey, request.displayName());
        ContactsChanged.fire();
        answered.run();
    }
}
