package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that cannot simply be undone; the confirm button is the safe default's opposite. */
public final class Confirmation {

    private Confirmation() {}

    /**
     * @param keyPrefix e.g. {@code contact.confirm.block.}, followed by {@code title}, {@code text} and
     *     {@code confirm} in the bundles; the texts take {@code name} as {0}
     */
    public static ConfirmDialog ask(Component translator, String id, String keyPrefix, String name, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(translator.getTranslation(keyPrefix + "title", name));
        dialog.setText(translator.getTranslation(keyPrefix + "text", name));
        dialog.setConfirmText(translator.getTranslation(keyPrefix + "confirm", name));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(translator.getTranslation("confirm.cancel"));
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
