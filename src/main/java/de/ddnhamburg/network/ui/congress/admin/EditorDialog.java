package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;

/**
 * The dialogs of the editor: a form, "Abbrechen" and "Speichern". Saving asks the service; field
 * problems are marked at their fields and the dialog stays open with what was typed; on success it
 * closes and the editor reads the edition again.
 */
class EditorDialog extends Dialog {

    /** Saves what the form holds; throws the service's problems. */
    interface Save {
        void run();
    }

    final FormLayout form = new FormLayout();
    final FieldProblems problems = new FieldProblems(this);

    EditorDialog(String id, String header, CongressEditorView editor, Save save, Component... fields) {
        setId(id);
        setHeaderTitle(header);
        setWidth("min(40rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(fields);
        add(form);
        Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());
        Button ok = new Button(getTranslation("congress.admin.save"), click -> {
            try {
                save.run();
                close();
                Notices.success("congress.admin.saved");
                editor.reload();
            } catch (InvalidInputException e) {
                problems.mark(e);
            } catch (DomainException e) {
                Notices.problem(e);
            }
        });
        ok.setId(id + "-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }
}
