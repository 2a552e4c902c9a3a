package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.AdminRegistrationDetails;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.ChoiceStatus;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressDeskRules;
import de.ddnhamburg.network.domain.congress.CongressRegistrationAdminService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.DeskCategory;
import de.ddnhamburg.network.domain.congress.DeskOptions;
import de.ddnhamburg.network.domain.congress.IfWorkshopFull;
import de.ddnhamburg.network.domain.congress.OverCapacityException;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import org.jspecify.annotations.Nullable;

/**
 * What an admin can do to the registration shown, as its state allows: each through the services
 * (which check everything again), each saying whether it worked. Whatever cannot simply be undone
 * asks first; an action that would go over a capacity is refused by the service and asked again
 * with the service's own words (decision 011).
 */
final class RegistrationActions {

    private final Component page;
    private final CongressRegistrationAdminService admin;
    private final CongressApprovalService approvals;
    private final DeskOptions options;
    private final Runnable done;

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
        this.done = done;
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
                            () -> act(() -> approvals.approve(id), "congress.approvals.approved", name))));
            bar.add(button(
                    "registration-reject",
                    "congress.approvals.reject",
                    ButtonVariant.LUMO_ERROR,
                    () -> Confirmation.ask(
                            page,
                            "registration-reject-confirm",
                            "congress.approvals.confirmReject.",
                            name,
                            () -> act(() -> approvals.reject(id), "congress.approvals.rejected", name))));
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
                            () -> orAskToGoOver(
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
                    () -> categoryDialog(registration, name)));
            bar.add(button(
                    "registration-resend",
                    "congress.registrations.resend",
                    null,
                    () -> act(
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
                                () -> act(() -> admin.markPaid(id), "congress.registrations.markedPaid", name))));
            }
            bar.add(button(
                    "registration-cancel",
                    "congress.registrations.cancel",
                    ButtonVariant.LUMO_ERROR,
                    () -> cancelDialog(id, name)));
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
                () -> workshopDialog(id, name, slot, current)));
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
                            () -> orAskToGoOver(
                                    () -> admin.seatInWorkshop(id, slot.slotId(), false),
                                    () -> admin.seatInWorkshop(id, slot.slotId(), true),
                                    "congress.registrations.seated",
                                    name))));
        }
        return buttons;
    }

    private void categoryDialog(RegistrationDetails registration, String name) {
        Dialog dialog = new Dialog(page.getTranslation("congress.registrations.changeCategoryTitle", name));
        dialog.setId("registration-category-dialog");
        Select<DeskCategory> choice = new Select<>();
        choice.setId("registration-category-choice");
        choice.setLabel(page.getTranslation("congress.desk.category"));
        choice.setItems(options.categories().stream()
                .filter(category -> category.id() != registration.categoryId())
                .toList());
        choice.setItemLabelGenerator(category -> page.getTranslation(
                "congress.registrations.categoryOption",
                category.name(),
                DashboardRevenue.money(category.price()),
                category.placesLeft()));
        Paragraph note = new Paragraph(page.getTranslation("congress.registrations.changeCategoryNote"));
        Button save = new Button(page.getTranslation("congress.registrations.changeCategory"), click -> {
            DeskCategory chosen = choice.getValue();
            if (chosen != null) {
                dialog.close();
                act(
                        () -> admin.changeCategory(registration.id(), chosen.id()),
                        "congress.registrations.categoryChanged",
                        name);
            }
        });
        save.setId("registration-category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(choice, note);
        dialog.getFooter().add(new Button(page.getTranslation("confirm.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void workshopDialog(long id, String name, SlotChoice slot, @Nullable ChoiceDetails current) {
        Dialog dialog = new Dialog(page.getTranslation("congress.registrations.changeWorkshopTitle", name));
        dialog.setId("registration-workshop-dialog");
        Select<SessionOption> choice = new Select<>();
        choice.setId("registration-workshop-choice");
        choice.setLabel(page.getTranslation("congress.desk.workshop"));
        choice.setItems(slot.sessions().stream()
                .filter(session -> current == null || session.id() != current.sessionId())
                .toList());
        choice.setItemLabelGenerator(session -> session.seatsLeft() == null
                ? session.title()
                : session.full()
                        ? page.getTranslation("congress.registrations.workshopFull", session.title(), session.waiting())
                        : page.getTranslation(
                                "congress.registrations.workshopLeft", session.title(), session.seatsLeft()));
        Button save = new Button(page.getTranslation("congress.registrations.changeWorkshop"), click -> {
            SessionOption chosen = choice.getValue();
            if (chosen == null) {
                return;
            }
            dialog.close();
            SessionPick pick = new SessionPick(slot.slotId(), chosen.id(), null);
            try {
                admin.changeWorkshop(id, pick, IfWorkshopFull.REFUSE);
                said("congress.registrations.workshopChanged", name);
            } catch (OverCapacityException full) {
                askWorkshopFull(full, id, pick, name);
            } catch (DomainException problem) {
                refused(problem);
            }
        });
        save.setId("registration-workshop-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(choice);
        dialog.getFooter().add(new Button(page.getTranslation("confirm.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** A full workshop: one over its capacity, its waiting list, or nothing. */
    private void askWorkshopFull(OverCapacityException full, long id, SessionPick pick, String name) {
        ConfirmDialog ask = overCapacityDialog(full, "registration-workshop-full");
        ask.setRejectable(true);
        ask.setRejectText(page.getTranslation("congress.registrations.toWaitingList"));
        ask.addConfirmListener(event -> act(
                () -> admin.changeWorkshop(id, pick, IfWorkshopFull.ONE_OVER),
                "congress.registrations.workshopChanged",
                name));
        ask.addRejectListener(event -> act(
                () -> admin.changeWorkshop(id, pick, IfWorkshopFull.WAIT),
                "congress.registrations.workshopChanged",
                name));
        ask.open();
    }

    private void cancelDialog(long id, String name) {
        Dialog dialog = new Dialog(page.getTranslation("congress.registrations.cancelTitle", name));
        dialog.setId("registration-cancel-dialog");
        TextArea reason = new TextArea(page.getTranslation("congress.registrations.reason"));
        reason.setId("registration-cancel-reason");
        reason.setMaxLength(CongressDeskRules.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(page.getTranslation("congress.registrations.reasonHelp"));
        reason.setWidthFull();
        FieldProblems problems = new FieldProblems(dialog);
        problems.field(CongressDeskRules.REASON, reason);
        Button confirm = new Button(page.getTranslation("congress.registrations.cancelConfirm"), click -> {
            try {
                admin.cancel(id, reason.getValue());
                dialog.close();
                said("congress.registrations.cancelled", name);
            } catch (InvalidInputException e) {
                problems.mark(e);
            } catch (DomainException problem) {
                dialog.close();
                refused(problem);
            }
        });
        confirm.setId("registration-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(page.getTranslation("congress.registrations.cancelText")), reason);
        dialog.getFooter().add(new Button(page.getTranslation("confirm.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Tries the action; when it would go over a capacity, asks with the service's words, then does the other. */
    private void orAskToGoOver(Runnable action, Runnable overCapacity, String doneKey, String name) {
        try {
            action.run();
            said(doneKey, name);
        } catch (OverCapacityException full) {
            ConfirmDialog ask = overCapacityDialog(full, "registration-over-capacity");
            ask.addConfirmListener(event -> act(overCapacity, doneKey, name));
            ask.open();
        } catch (DomainException problem) {
            refused(problem);
        }
    }

    private ConfirmDialog overCapacityDialog(OverCapacityException full, String id) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId(id);
        ask.setHeader(page.getTranslation("congress.registrations.overCapacityTitle"));
        ask.setText(page.getTranslation(full.getMessageKey(), full.getArguments()));
        ask.setConfirmText(page.getTranslation("congress.registrations.overCapacityConfirm"));
        ask.setCancelable(true);
        ask.setCancelText(page.getTranslation("confirm.cancel"));
        return ask;
    }

    private void act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            said(doneKey, name);
        } catch (DomainException problem) {
            refused(problem);
        }
    }

    private void said(String doneKey, String name) {
        Notices.success(doneKey, name);
        done.run();
    }

    private void refused(DomainException problem) {
        Notices.problem(problem);
        done.run();
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
