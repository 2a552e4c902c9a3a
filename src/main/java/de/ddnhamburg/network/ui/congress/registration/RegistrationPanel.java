package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.congress.print.CertificateDownload;
import java.util.List;

/**
 * One registration on "Meine Anmeldung" (members and guests alike, by its {@link RegistrationKey}):
 * where it stands, the ticket, the sessions with a change per slot, the answers, and cancelling
 * until the deadline. Every action is the service's, which checks the key again.
 */
class RegistrationPanel extends Div {

    private final MyCongressRegistrationService mine;
    private final RegistrationOptionsService options;
    private final RegistrationKey key;

    RegistrationPanel(
            MyCongressRegistrationService mine,
            RegistrationOptionsService options,
            RegistrationKey key,
            RegistrationDetails details) {
        this.mine = mine;
        this.options = options;
        this.key = key;
        setId("registration-" + details.id());
        addClassName("congress-registration");
        show(details);
    }

    private void show(RegistrationDetails details) {
        removeAll();
        add(new H2(details.congressTitle()));
        Paragraph status = new Paragraph(status(details));
        status.setId("mine-status");
        status.addClassName("notice");
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation(
                        "congress.mine.category", details.categoryName(), CongressTexts.price(this, details.price()))),
                new ListItem(getTranslation(
                        "congress.mine.person",
                        (details.firstName() + " " + details.lastName()).strip(),
                        details.email())));
        facts.setId("mine-facts");
        add(status, facts);
        if (details.hasTicket()) {
            add(new TicketQrCode(mine, key, details.ticketCode()));
        }
        CertificateDownload.forRegistration(key, details).ifPresent(this::add);
        if (details.status() == CongressRegistrationStatus.CANCELLED) {
            return;
        }
        sessions(details);
        answers(details);
        cancel(details);
    }

    private String status(RegistrationDetails details) {
        return switch (details.status()) {
            case CONFIRMED -> getTranslation("congress.mine.status.CONFIRMED");
            case UNCONFIRMED ->
                getTranslation(
                        "congress.mine.status.UNCONFIRMED",
                        details.holdExpiresAt() == null
                                ? ""
                                : DateTimeFormat.appointment(details.holdExpiresAt(), getLocale()));
            case AWAITING_APPROVAL -> getTranslation("congress.mine.status.AWAITING_APPROVAL");
            case WAITLISTED -> getTranslation("congress.mine.status.WAITLISTED", details.waitingPosition());
            case CANCELLED -> getTranslation("congress.mine.status.CANCELLED");
        };
    }

    private void sessions(RegistrationDetails details) {
        if (details.choices().isEmpty()) {
            return;
        }
        List<SlotChoice> slots;
        try {
            slots = options.options(details.congressId(), null).choices();
        } catch (NotFoundException e) {
            // An archived congress: the sessions are shown, nothing is offered to change.
            slots = List.of();
        }
        Div block = new Div(new H3(getTranslation("congress.mine.sessions")));
        block.setId("mine-sessions");
        for (ChoiceDetails choice : details.choices()) {
            Paragraph line = new Paragraph(CongressTexts.slot(this, choice.startsAt(), choice.endsAt()) + ": "
                    + CongressTexts.choice(this, choice));
            line.setId("mine-choice-" + choice.slotId());
            Div row = new Div(line);
            row.addClassName("mine-choice");
            slots.stream()
                    .filter(slot -> slot.slotId() == choice.slotId())
                    .findFirst()
                    .ifPresent(slot -> {
                        Button change = new Button(
                                getTranslation("congress.mine.change"), click -> change(details.congressId(), choice));
                        change.setId("mine-change-" + choice.slotId());
                        change.setEnabled(details.cancellable());
                        row.add(change);
                    });
            block.add(row);
        }
        add(block);
    }

    /** Seats are read again when the dialog opens, so it offers what is free now. */
    private void change(long congressId, ChoiceDetails choice) {
        options.options(congressId, null).choices().stream()
                .filter(slot -> slot.slotId() == choice.slotId())
                .findFirst()
                .ifPresent(slot -> new ChangeSessionDialog(slot, choice, pick -> {
                            show(mine.changeSession(key, pick));
                            Notices.success("congress.mine.changed");
                        })
                        .open());
    }

    private void answers(RegistrationDetails details) {
        QuestionsStep questions = new QuestionsStep();
        questions.setId("mine-questions");
        questions.show(details.answers());
        Button save = new Button(getTranslation("congress.mine.saveAnswers"));
        save.setId("mine-save-answers");
        save.setEnabled(details.cancellable());
        save.addClickListener(click -> {
            questions.clearProblems();
            try {
                show(mine.updateAnswers(key, questions.answers()));
                Notices.success("congress.mine.answersSaved");
            } catch (InvalidInputException e) {
                questions.show(e);
            } catch (DomainException e) {
                Notices.problem(e);
            }
        });
        add(new H3(getTranslation("congress.mine.answers")), questions, save);
    }

    private void cancel(RegistrationDetails details) {
        Button cancel = new Button(getTranslation("congress.mine.cancel"));
        cancel.setId("mine-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        String deadline = DateTimeFormat.appointment(details.cancellationDeadline(), getLocale());
        Paragraph note = new Paragraph(getTranslation(
                details.cancellable() ? "congress.mine.cancelUntil" : "congress.mine.cancelPassed", deadline));
        note.setId("mine-cancel-note");
        cancel.setEnabled(details.cancellable());
        cancel.addClickListener(click -> Confirmation.ask(
                this, "mine-cancel-confirm", "congress.mine.confirmCancel.", details.congressTitle(), () -> {
                    try {
                        show(mine.cancel(key));
                        Notices.success("congress.mine.cancelled");
                    } catch (DomainException e) {
                        Notices.problem(e);
                    }
                }));
        Div block = new Div(new H3(getTranslation("congress.mine.cancelTitle")), note, cancel);
        block.addClassName("mine-cancel");
        add(block);
    }
}
