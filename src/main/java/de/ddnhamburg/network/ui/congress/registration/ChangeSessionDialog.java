package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.ChoiceStatus;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.List;
import java.util.function.Consumer;

/**
 * Another session in one slot, the same choice as in the wizard (a full workshop means its waiting
 * list, with a second choice meanwhile). The dialog says that a seat held now is given up, and
 * changes only when the person confirms.
 */
class ChangeSessionDialog extends Dialog {

    ChangeSessionDialog(SlotChoice slot, ChoiceDetails current, Consumer<SessionPick> change) {
        setId("change-session-dialog");
        setHeaderTitle(getTranslation("congress.mine.changeTitle", CongressTexts.slot(this, slot)));
        SessionStep picker = new SessionStep(List.of(slot), () -> List.of(slot));
        picker.select(slot.slotId(), current.sessionId(), current.secondChoiceId());
        Paragraph note = new Paragraph(getTranslation(
                current.status() == ChoiceStatus.SEATED ? "congress.mine.changeGivesUp" : "congress.mine.changeNote",
                current.sessionTitle()));
        note.setId("change-session-note");
        add(picker, note);
        Button confirm = new Button(getTranslation("congress.mine.changeConfirm"));
        confirm.setId("change-session-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            RequestDraft draft = new RequestDraft(0);
            picker.writeTo(draft);
            if (draft.picks.isEmpty()) {
                return;
            }
            try {
                change.accept(draft.picks.getFirst());
                close();
            } catch (InvalidInputException e) {
                picker.show(e);
            } catch (DomainException e) {
                Notices.problem(e);
            }
        });
        Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());
        cancel.setId("change-session-cancel");
        getFooter().add(cancel, confirm);
    }
}
