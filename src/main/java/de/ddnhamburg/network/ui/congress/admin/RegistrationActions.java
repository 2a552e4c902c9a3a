package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.AdminRegistrationDetails;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.ChoiceStatus;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationAdminService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.DeskOptions;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.components.Confirmation;
import org.jspecify.annotations.Nullable;

/**
 * What an admin can do to the registration shown, as its state allows: the buttons, each through
 * the services (which check everything again). Whatever cannot simply be undone asks first; the
 * actions that need an answer open {@link RegistrationDialogs}, and every action ends as
 * {@link ActionOutcomes} reports it.
 */
final class RegistrationActions {

    private final Component page;
    private final CongressRegistrationAdminService admin;
    private final CongressApprovalService approvals;
    private final DeskOptions options;
    private final ActionOutcomes outcomes;
    private final RegistrationDialogs dialogs;

    /** @param done reads the registration and the list again, after an action or a refusal */
    RegistrationActions(
            Component page,
            CongressRegistrationAdminService admin,
            CongressApprovalService approvals,
            DeskOptions options,
            Runnable done) {
        this.page = page;
        this.admin = admin;
        this.approvals = approvals;
        this.options = options;
        this.outcomes = new ActionOutcomes(page, done);
        this.dialogs = new RegistrationDialogs(page, admin, options, outcomes);
    }

    /** The buttons for the registration as a whole. */
    Div bar(AdminRegistrationDetails details) {
        RegistrationDetails registration = details.registration();
        long id = registration.id();
        String name = (registration.firstName() + " " + registration.lastName()).strip();
        Div bar = new Div();
        bar.setId("registration-actions");
        bar.addClassName("desk-actions");
        CongressRegistrationStatus status = registration.status();
        if (status == CongressRegistrationStatus.AWAITING_APPROVAL) {
            bar.add(button(
                    "registration-approve",
                    "congress.approvals.approve",
                    ButtonVariant.LUMO_PRIMARY,
                    () -> Confirmation.ask(
                            page,
                            "registration-approve-confirm",
                            "congress.approvals.confirmApprove.",
                            name,
                            () -> outcomes.act(() -> approvals.approve(id), "congress.approvals.approved", name))));
            bar.add(button(
                    "registration-reject",
                    "congress.approvals.reject",
                    ButtonVariant.LUMO_ERROR,
                    () -> Confirmation.ask(
                            page,
                            "registration-reject-confirm",
                            "congress.approvals.confirmReject.",
                            name,
                            () -> outcomes.act(() -> approvals.reject(id), "congress.approvals.rejected", name))));
        }
        if (status == CongressRegistrationStatus.WAITLISTED) {
            bar.add(button(
                    "registration-move-up",
                    "congress.registrations.moveUp",
                    ButtonVariant.LUMO_PRIMARY,
                    () -> Confirmation.ask(
                            page,
                            "registration-move-up-confirm",
                            "congress.registrations.confirmMoveUp.",
                            name,
                            () -> outcomes.orAskToGoOver(
                                    () -> admin.moveUp(id, false),
                                    () -> admin.moveUp(id, true),
                                    "congress.registrations.movedUp",
                                    name))));
        }
        if (status != CongressRegistrationStatus.CANCELLED) {
            bar.add(button(
                    "registration-change-category",
                    "congress.registrations.changeCategory",
                    null,
                    () -> dialogs.changeCategory(registration, name)));
            bar.add(button(
                    "registration-resend",
                    "congress.registrations.resend",
                    null,
                    () -> outcomes.act(
                            () -> {
                                if (!admin.resendConfirmation(id)) {
                                    throw new DomainException("congress.registrations.resentAlready");
                                }
                            },
                            "congress.registrations.resent",
                            name)));
            if (options.canMarkPaid() && details.payment() == PaymentState.OPEN) {
                bar.add(button(
                        "registration-mark-paid",
                        "congress.registrations.markPaid",
                        null,
                        () -> Confirmation.ask(
                                page,
                                "registration-mark-paid-confirm",
                                "congress.registrations.confirmPaid.",
                                name,
                                () -> outcomes.act(
                                        () -> admin.markPaid(id), "congress.registrations.markedPaid", name))));
            }
            bar.add(button(
                    "registration-cancel",
                    "congress.registrations.cancel",
                    ButtonVariant.LUMO_ERROR,
                    () -> dialogs.cancel(id, name)));
        }
        return bar;
    }

    /** The buttons for one slot: another workshop; a seat now for someone waiting for one. */
    Div slotButtons(RegistrationDetails registration, SlotChoice slot, @Nullable ChoiceDetails current) {
        long id = registration.id();
        String name = (registration.firstName() + " " + registration.lastName()).strip();
        Div buttons = new Div();
        buttons.addClassName("desk-slot-actions");
        if (registration.status() == CongressRegistrationStatus.CANCELLED) {
            return buttons;
        }
        buttons.add(button(
                "registration-workshop-" + slot.slotId(),
                "congress.registrations.changeWorkshop",
                ButtonVariant.LUMO_SMALL,
                () -> dialogs.changeWorkshop(id, name, slot, current)));
        if (current != null
                && current.status() == ChoiceStatus.WAITLISTED
                && registration.status().holdsPlace()) {
            buttons.add(button(
                    "registration-seat-" + slot.slotId(),
                    "congress.registrations.seatNow",
                    ButtonVariant.LUMO_SMALL,
                    () -> Confirmation.ask(
                            page,
                            "registration-seat-confirm",
                            "congress.registrations.confirmSeat.",
                            current.sessionTitle(),
                            () -> outcomes.orAskToGoOver(
                                    () -> admin.seatInWorkshop(id, slot.slotId(), false),
                                    () -> admin.seatInWorkshop(id, slot.slotId(), true),
                                    "congress.registrations.seated",
                                    name))));
        }
        return buttons;
    }

    private static Button button(String id, String labelKey, @Nullable ButtonVariant variant, Runnable click) {
        Button button = new Button();
        button.setId(id);
        button.setText(button.getTranslation(labelKey));
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        button.addClickListener(event -> click.run());
        return button;
    }
}
