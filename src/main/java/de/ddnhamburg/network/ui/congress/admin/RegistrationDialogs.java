package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.CongressDeskRules;
import de.ddnhamburg.network.domain.congress.CongressRegistrationAdminService;
import de.ddnhamburg.network.domain.congress.DeskCategory;
import de.ddnhamburg.network.domain.congress.DeskOptions;
import de.ddnhamburg.network.domain.congress.IfWorkshopFull;
import de.ddnhamburg.network.domain.congress.OverCapacityException;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.components.FieldProblems;
import org.jspecify.annotations.Nullable;

/**
 * The admin's actions on a registration that need an answer first: which category, which workshop
 * (and, when it is full, whether one over or the waiting list), and why it is cancelled. The choices
 * offered leave out the current one; the service checks the choice again.
 */
final class RegistrationDialogs {

    private final Component page;
    private final CongressRegistrationAdminService admin;
    private final DeskOptions options;
    private final ActionOutcomes outcomes;

    RegistrationDialogs(
            Component page, CongressRegistrationAdminService admin, DeskOptions options, ActionOutcomes outcomes) {
        this.page = page;
        this.admin = admin;
        this.options = options;
        this.outcomes = outcomes;
    }

    /** Another category; the note says the old place goes to the waiting list and the person is mailed. */
    void changeCategory(RegistrationDetails registration, String name) {
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
                outcomes.act(
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

    /** Another workshop in the slot; a full one asks whether one over or the waiting list. */
    void changeWorkshop(long id, String name, SlotChoice slot, @Nullable ChoiceDetails current) {
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
                outcomes.said("congress.registrations.workshopChanged", name);
            } catch (OverCapacityException full) {
                askWorkshopFull(full, id, pick, name);
            } catch (DomainException problem) {
                outcomes.refused(problem);
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
        ConfirmDialog ask = outcomes.overCapacityDialog(full, "registration-workshop-full");
        ask.setRejectable(true);
        ask.setRejectText(page.getTranslation("congress.registrations.toWaitingList"));
        ask.addConfirmListener(event -> outcomes.act(
                () -> admin.changeWorkshop(id, pick, IfWorkshopFull.ONE_OVER),
                "congress.registrations.workshopChanged",
                name));
        ask.addRejectListener(event -> outcomes.act(
                () -> admin.changeWorkshop(id, pick, IfWorkshopFull.WAIT),
                "congress.registrations.workshopChanged",
                name));
        ask.open();
    }

    /** Cancels with a reason, which the person is mailed; the service checks it, its problem shows at the field. */
    void cancel(long id, String name) {
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
                outcomes.said("congress.registrations.cancelled", name);
            } catch (InvalidInputException e) {
                problems.mark(e);
            } catch (DomainException problem) {
                dialog.close();
                outcomes.refused(problem);
            }
        });
        confirm.setId("registration-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(page.getTranslation("congress.registrations.cancelText")), reason);
        dialog.getFooter().add(new Button(page.getTranslation("confirm.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
