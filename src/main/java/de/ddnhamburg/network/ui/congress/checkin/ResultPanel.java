package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.congress.DeskPerson;
import de.ddnhamburg.network.domain.congress.DeskWorkshop;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.checkin.CheckInOutcome;
import de.ddnhamburg.network.domain.congress.checkin.CheckInResult;
import de.ddnhamburg.network.domain.congress.checkin.CheckInStamp;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The answer to the last scan or click, big enough to read at arm's length: a coloured frame with an
 * icon and a verdict in words (never colour alone), what to do about a warning, and what the desk
 * needs of the person: category, payment, sessions, and a flag if needs were given (never what).
 */
final class ResultPanel extends Div {

    private final LongConsumer undo;

    /** @param undo takes back the check-in with that id */
    ResultPanel(LongConsumer undo) {
        this.undo = undo;
        setId("check-in-result");
        addClassName("check-in-result");
        // Read out when it changes, so that a desk working by ear hears the verdict too.
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(CheckInResult result, Instant now) {
        removeAll();
        getElement().removeAttribute("data-outcome");
        getClassNames().removeIf(name -> name.startsWith("tone-"));
        CheckInOutcome outcome = result.outcome();
        getElement().setAttribute("data-outcome", outcome.name());
        addClassName("tone-" + tone(outcome));
        DeskPerson person = result.person();
        CheckInStamp stamp = result.checkIn();

        // The verdict heads the answer; the person's name is the heading below it.
        H2 verdict = new H2(icon(outcome), new Span(verdict(outcome, stamp, now)));
        verdict.setId("check-in-verdict");
        verdict.addClassName("check-in-verdict");
        add(verdict);
        String advice = advice(outcome, person, result.otherCongress());
        if (advice != null) {
            Paragraph text = new Paragraph(advice);
            text.setId("check-in-advice");
            text.addClassName("check-in-advice");
            add(text);
        }
        if (person != null) {
            add(personDetails(person, result.payment()));
        }
        if (outcome == CheckInOutcome.CHECKED_IN && stamp != null && stamp.undoableAt(now)) {
            Button back = new Button(
                    getTranslation("checkin.undo", CongressFormat.time(stamp.undoUntil(), getLocale())),
                    VaadinIcon.ARROW_BACKWARD.create(),
                    click -> undo.accept(stamp.id()));
            back.setId("check-in-undo");
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(back);
        }
        setVisible(true);
    }

    private String verdict(CheckInOutcome outcome, @Nullable CheckInStamp stamp, Instant now) {
        if (outcome == CheckInOutcome.ALREADY_CHECKED_IN && stamp != null) {
            return getTranslation("checkin.outcome.ALREADY_CHECKED_IN.at", when(stamp.at(), now), stamp.desk());
        }
        return getTranslation("checkin.outcome." + outcome.name());
    }

    private @Nullable String advice(CheckInOutcome outcome, @Nullable DeskPerson person, @Nullable String other) {
        return switch (outcome) {
            case CHECKED_IN -> null;
            case UNDONE -> person == null ? null : getTranslation("checkin.advice.UNDONE", person.displayName());
            case OTHER_CONGRESS ->
                other == null
                        ? getTranslation("checkin.advice.OTHER_CONGRESS")
                        : getTranslation("checkin.advice.OTHER_CONGRESS.named", other);
            default -> getTranslation("checkin.advice." + outcome.name());
        };
    }

    private Component personDetails(DeskPerson person, PaymentState payment) {
        H3 name = new H3(person.displayName());
        name.setId("check-in-name");
        name.addClassName("check-in-name");
        Div details = new Div(name);
        details.addClassName("check-in-person");
        if (person.organisation() != null) {
            Paragraph organisation = new Paragraph(person.organisation());
            organisation.addClassName("check-in-organisation");
            details.add(organisation);
        }
        Div facts = new Div(
                fact("check-in-category", "checkin.category", new Span(person.categoryName())),
                fact("check-in-payment", "checkin.payment", paymentBadge(payment)));
        facts.addClassName("check-in-facts");
        details.add(facts, workshops(person));
        if (person.hasNeeds()) {
            Paragraph needs = new Paragraph(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("checkin.needs")));
            needs.setId("check-in-needs");
            needs.addClassName("check-in-needs");
            details.add(needs);
        }
        return details;
    }

    private Component workshops(DeskPerson person) {
        Div block = new Div();
        block.setId("check-in-workshops");
        block.addClassName("check-in-workshops");
        Span label = new Span(getTranslation("checkin.workshops"));
        label.addClassName("check-in-label");
        block.add(label);
        if (person.workshops().isEmpty()) {
            block.add(new Span(getTranslation("checkin.workshops.none")));
            return block;
        }
        UnorderedList lines = new UnorderedList();
        for (DeskWorkshop workshop : person.workshops()) {
            String time = CongressFormat.time(workshop.startsAt(), getLocale());
            lines.add(new ListItem(
                    workshop.waiting()
                            ? getTranslation("checkin.workshop.waiting", time, workshop.title())
                            : getTranslation("checkin.workshop.seat", time, workshop.title(), workshop.room())));
        }
        block.add(lines);
        return block;
    }

    private Component fact(String id, String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("check-in-label");
        Div fact = new Div(label, value);
        fact.setId(id);
        fact.addClassName("check-in-fact");
        return fact;
    }

    private Span paymentBadge(PaymentState payment) {
        Span badge = new Span(getTranslation("checkin.payment." + payment.name()));
        badge.addClassName("check-in-payment-" + payment.name().toLowerCase(Locale.ROOT));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (payment) {
                            case PAID, NOT_DUE -> "badge success";
                            case OPEN -> "badge error";
                            case NO_INVOICE, UNKNOWN -> "badge contrast";
                        });
        return badge;
    }

    /** "10:12", or with the day if it was not today. */
    private String when(Instant at, Instant now) {
        LocalDate day = at.atZone(ClockConfig.DISPLAY_ZONE).toLocalDate();
        LocalDate today = now.atZone(ClockConfig.DISPLAY_ZONE).toLocalDate();
        return day.equals(today) ? CongressFormat.time(at, getLocale()) : DateTimeFormat.appointment(at, getLocale());
    }

    private static String tone(CheckInOutcome outcome) {
        return switch (outcome) {
            case CHECKED_IN -> "ok";
            case UNDONE -> "info";
            case WAITLISTED, AWAITING_GUEST_CONFIRMATION, AWAITING_APPROVAL -> "warn";
            case ALREADY_CHECKED_IN, CANCELLED, OTHER_CONGRESS, UNKNOWN_CODE, UNREADABLE_CODE -> "stop";
        };
    }

    private static Icon icon(CheckInOutcome outcome) {
        Icon icon = switch (tone(outcome)) {
            case "ok" -> VaadinIcon.CHECK_CIRCLE.create();
            case "info" -> VaadinIcon.ARROW_BACKWARD.create();
            case "warn" -> VaadinIcon.WARNING.create();
            default -> VaadinIcon.CLOSE_CIRCLE.create();
        };
        icon.addClassName("check-in-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
