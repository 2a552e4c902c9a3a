package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.AdminRegistrationDetails;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationAdminService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationListService;
import de.ddnhamburg.network.domain.congress.DeskOptions;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationHistoryItem;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.admin.AuditDetails;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one registration for admins: the person, ticket, state, workshops per slot,
 * answers (needs included, which is why opening it is audited), billing address, payment and
 * check-in, and its history: its own steps, what admins did, the mails it was sent. The actions
 * its state allows come from {@link RegistrationActions}.
 */
class RegistrationPanel extends Div {

    private final CongressRegistrationListService registrations;
    private final DeskOptions options;
    private final RegistrationActions actions;
    private final Runnable listChanged;
    private long shown = -1;

    RegistrationPanel(
            CongressRegistrationListService registrations,
            CongressRegistrationAdminService admin,
            CongressApprovalService approvals,
            DeskOptions options,
            Runnable listChanged) {
        this.registrations = registrations;
        this.options = options;
        this.listChanged = listChanged;
        this.actions = new RegistrationActions(this, admin, approvals, options, this::afterAction);
        setId("registration-panel");
        addClassName("desk-panel");
        Paragraph hint = new Paragraph(getTranslation("congress.registrations.choose"));
        hint.setId("registration-panel-empty");
        add(hint);
    }

    void show(long registrationId) {
        shown = registrationId;
        AdminRegistrationDetails details;
        try {
            details = registrations.details(registrationId);
        } catch (NotFoundException gone) {
            removeAll();
            return;
        }
        RegistrationDetails registration = details.registration();
        removeAll();
        H2 name = new H2((registration.firstName() + " " + registration.lastName()).strip());
        name.setId("registration-name");
        add(
                name,
                CongressRegistrationsView.status(this, registration.status(), registration.waitingPosition()),
                actions.bar(details),
                facts(details),
                workshops(registration),
                answers(registration.answers(), registration.billing()),
                history(details));
    }

    private void afterAction() {
        listChanged.run();
        if (shown > 0) {
            show(shown);
        }
    }

    private DescriptionList facts(AdminRegistrationDetails details) {
        RegistrationDetails registration = details.registration();
        DescriptionList facts = new DescriptionList();
        facts.setId("registration-facts");
        fact(facts, "congress.registrations.email", registration.email());
        fact(facts, "congress.registrations.organisation", registration.organisation());
        fact(
                facts,
                "congress.registrations.kind",
                getTranslation(details.member() ? "congress.registrations.member" : "congress.registrations.guest"));
        fact(facts, "congress.registrations.language", getTranslation("admin.members.language." + details.language()));
        fact(facts, "congress.registrations.ticket", registration.ticketCode());
        fact(
                facts,
                "congress.desk.category",
                registration.categoryName() + " · " + CongressFormat.price(this, registration.price()));
        fact(facts, "congress.registrations.registeredAt", time(details.registeredAt()));
        fact(facts, "congress.registrations.confirmedAt", time(details.confirmedAt()));
        fact(facts, "congress.registrations.cancelledAt", time(details.cancelledAt()));
        fact(facts, "congress.registrations.holdUntil", time(registration.holdExpiresAt()));
        String payment =
                getTranslation("congress.desk.payment." + details.payment().name());
        fact(
                facts,
                "congress.registrations.payment",
                details.paidAt() == null ? payment : payment + " · " + time(details.paidAt()));
        fact(
                facts,
                "congress.registrations.checkedIn",
                details.checkedInAt() == null
                        ? getTranslation("congress.registrations.checkedInNo")
                        : time(details.checkedInAt()));
        return facts;
    }

    /** Every slot with a choice of sessions: what the person has there, and what can be done. */
    private Div workshops(RegistrationDetails registration) {
        Div workshops = new Div(new H3(getTranslation("congress.registrations.workshops")));
        workshops.setId("registration-workshops");
        for (SlotChoice slot : options.slots()) {
            ChoiceDetails current = registration.choices().stream()
                    .filter(choice -> choice.slotId() == slot.slotId())
                    .findFirst()
                    .orElse(null);
            Span when = new Span(CongressFormat.timeRange(this, slot.startsAt(), slot.endsAt()));
            when.addClassName("desk-slot-time");
            Span what = new Span(current == null ? getTranslation("congress.registrations.noChoice") : choice(current));
            what.setId("registration-choice-" + slot.slotId());
            Div line = new Div(when, what, actions.slotButtons(registration, slot, current));
            line.addClassName("desk-slot");
            workshops.add(line);
        }
        if (options.slots().isEmpty()) {
            workshops.add(new Paragraph(getTranslation("congress.registrations.noSlots")));
        }
        return workshops;
    }

    private String choice(ChoiceDetails choice) {
        String text = switch (choice.status()) {
            case SEATED -> choice.sessionTitle();
            case WAITLISTED ->
                getTranslation("congress.desk.choice.WAITLISTED", choice.sessionTitle(), choice.waitingPosition());
            case PENDING -> getTranslation("congress.desk.choice.PENDING", choice.sessionTitle());
        };
        return choice.secondChoiceTitle() == null
                ? text
                : getTranslation("congress.registrations.secondSeat", text, choice.secondChoiceTitle());
    }

    private Div answers(RegistrationAnswers answers, BillingAddress billing) {
        DescriptionList list = new DescriptionList();
        list.setId("registration-answers");
        fact(list, "congress.registrations.dietary", answers.dietaryNeeds());
        fact(list, "congress.registrations.accessibility", answers.accessibilityNeeds());
        fact(
                list,
                "congress.registrations.participantList",
                getTranslation(
                        answers.showInParticipants() ? "congress.registrations.yes" : "congress.registrations.no"));
        fact(
                list,
                "congress.registrations.heardFrom",
                answers.heardFrom() == null
                        ? null
                        : getTranslation(
                                "congress.heardFrom." + answers.heardFrom().name()));
        String address = Stream.of(billing.organisation(), billing.street(), joined(billing.postcode(), billing.city()))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        fact(list, "congress.registrations.billing", address);
        return new Div(new H3(getTranslation("congress.registrations.answers")), list);
    }

    private Div history(AdminRegistrationDetails details) {
        UnorderedList items = new UnorderedList();
        items.setId("registration-history");
        for (RegistrationHistoryItem item : details.history()) {
            String what = switch (item.kind()) {
                case ADMIN ->
                    getTranslation("audit.action."
                                    + java.util.Objects.requireNonNull(item.action())
                                            .name())
                            + (item.text() == null || item.text().isBlank()
                                    ? ""
                                    : ": " + AuditDetails.text(this, item.text()))
                            + (item.actor() == null ? "" : " (" + item.actor() + ")");
                case MAIL -> getTranslation("congress.registrations.history.MAIL", item.text());
                default ->
                    getTranslation(
                            "congress.registrations.history." + item.kind().name());
            };
            items.add(new ListItem(time(item.at()) + " – " + what));
        }
        return new Div(new H3(getTranslation("congress.registrations.history")), items);
    }

    private void fact(DescriptionList list, String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : DateTimeFormat.dateTime(instant, getLocale());
    }

    private static @Nullable String joined(@Nullable String postcode, @Nullable String city) {
        String joined = Stream.of(postcode, city)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
