package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.OverCapacityException;
import de.ddnhamburg.network.ui.components.Notices;

/**
 * How an admin's action on a registration ends, the same for every button and dialog: a notice that
 * it worked, or the service's refusal in its own words, and then the registration and the list read
 * again, since either way they may have changed. An action that would go over a capacity is refused
 * by the service and asked again with the service's words (decision 011).
 */
final class ActionOutcomes {

    private final Component page;
    private final Runnable done;

    /** @param done reads the registration and the list again, after an action or a refusal */
    ActionOutcomes(Component page, Runnable done) {
        this.page = page;
        this.done = done;
    }

    /** Tries the action; when it would go over a capacity, asks with the service's words, then does the other. */
    void orAskToGoOver(Runnable action, Runnable overCapacity, String doneKey, String name) {
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

    /** The question "over the capacity anyway?", with the service's reason; the caller adds what follows. */
    ConfirmDialog overCapacityDialog(OverCapacityException full, String id) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId(id);
        ask.setHeader(page.getTranslation("congress.registrations.overCapacityTitle"));
        ask.setText(page.getTranslation(full.getMessageKey(), full.getArguments()));
        ask.setConfirmText(page.getTranslation("congress.registrations.overCapacityConfirm"));
        ask.setCancelable(true);
        ask.setCancelText(page.getTranslation("confirm.cancel"));
        return ask;
    }

    /** Runs the action and reports it: done, or refused with the service's words. */
    void act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            said(doneKey, name);
        } catch (DomainException problem) {
            refused(problem);
        }
    }

    /** The action worked: say so, naming the participant. */
    void said(String doneKey, String name) {
        Notices.success(doneKey, name);
        done.run();
    }

    /** The service refused: show why; the page is read again, since someone else may have changed it. */
    void refused(DomainException problem) {
        Notices.problem(problem);
        done.run();
    }
}
