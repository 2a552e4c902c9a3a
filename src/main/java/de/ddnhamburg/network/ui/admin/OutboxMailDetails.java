package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.ddnhamburg.network.domain.mail.MailStatus;
import de.ddnhamburg.network.domain.mail.OutboxAdministration;
import de.ddnhamburg.network.domain.mail.OutboxMailContent;
import de.ddnhamburg.network.domain.mail.OutboxMailSummary;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The selected mail: its state, and on request its text. The text is personal, so it is loaded only
 * when the admin asks for it (the service audits that), and shown as plain text, never as HTML.
 */
class OutboxMailDetails extends Div {

    private final OutboxAdministration outbox;
    private final Consumer<OutboxMailSummary> changed;

    OutboxMailDetails(OutboxAdministration outbox, Consumer<OutboxMailSummary> changed) {
        this.outbox = outbox;
        this.changed = changed;
        setId("outbox-details");
        addClassName("outbox-details");
        show(null);
    }

    void show(@Nullable OutboxMailSummary mail) {
        removeAll();
        if (mail == null) {
            add(new Paragraph(getTranslation("admin.outbox.select")));
            return;
        }
        H2 subject = new H2(mail.subject());
        subject.setId("outbox-details-subject");
        add(
                subject,
                field("admin.outbox.recipient", mail.recipient()),
                field(
                        "admin.outbox.status",
                        getTranslation("admin.outbox.status." + mail.status().name())),
                field("admin.outbox.attempts", String.valueOf(mail.attempts())),
                field("admin.outbox.created", when(mail.createdAt())));
        if (mail.status() == MailStatus.PENDING && mail.nextAttemptAt() != null) {
            add(field("admin.outbox.nextAttempt", when(mail.nextAttemptAt())));
        }
        if (mail.sentAt() != null) {
            add(field("admin.outbox.sent", when(mail.sentAt())));
        }
        if (mail.lastError() != null) {
            add(field("admin.outbox.lastError", mail.lastError()));
        }
        add(actions(mail));
    }

    private Component actions(OutboxMailSummary mail) {
        Button showBody = new Button(getTranslation("admin.outbox.showBody"));
        showBody.setId("outbox-show-body");
        Div body = new Div();
        showBody.addClickListener(click -> {
            OutboxMailContent content = outbox.open(mail.id());
            Pre text = new Pre(content.body());
            text.setId("outbox-body");
            text.getStyle().set("white-space", "pre-wrap");
            body.removeAll();
            body.add(new Span(getTranslation("admin.outbox.body")), text);
            showBody.setVisible(false);
        });
        HorizontalLayout buttons = new HorizontalLayout(showBody);
        if (mail.status() == MailStatus.FAILED) {
            Button retry = new Button(getTranslation("admin.outbox.retry"));
            retry.setId("outbox-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            retry.setDisableOnClick(true);
            retry.addClickListener(click -> {
                OutboxMailSummary retried = outbox.retry(mail.id());
                Notices.success("admin.outbox.retried");
                changed.accept(retried);
            });
            buttons.add(retry);
        }
        return new Div(buttons, new Paragraph(getTranslation("admin.outbox.showBody.note")), body);
    }

    private Component field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        return new Div(label, new Span(value));
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormat.dateTime(instant, getLocale());
    }
}
