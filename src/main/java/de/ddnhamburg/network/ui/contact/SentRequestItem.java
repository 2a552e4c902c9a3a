package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;

/** A request of mine that waits for an answer, with the way to take it back. */
class SentRequestItem extends Div {

    SentRequestItem(ContactRequestService requests, ContactRequestItem request, Runnable changed) {
        setId("sent-" + request.id());
        addClassNames("card", "contact-card");
        Span waiting = new Span(
                getTranslation("contact.view.sent.waiting", DateTimeFormat.date(request.sentAt(), getLocale())));
        waiting.addClassName("contact-meta");
        Div heading = new Div(
                MemberLinks.avatar(request.displayName(), request.initials()),
                new Div(MemberLinks.profile(request.memberId(), request.displayName()), waiting));
        heading.addClassName("contact-heading");

        Button withdraw = new Button(
                getTranslation("contact.button.withdraw"),
                click -> Confirmation.ask(
                        this, "confirm-withdraw", "contact.confirm.withdraw.", request.displayName(), () -> {
                            requests.withdraw(request.id());
                            Notices.success("contact.notify.withdrawn", request.displayName());
                            changed.run();
                        }));
        withdraw.setId("withdraw-" + request.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(withdraw);
        actions.addClassName("contact-actions");
        add(heading, actions);
    }
}
