package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an admin action that a member feels at once (rejecting, suspending, changing roles). */
final class AdminConfirmation {

    private AdminConfirmation() {}

    /**
     * @param keyPrefix {@code admin.members.confirm.<what>.}, followed by {@code title}, {@code text}
     *     and {@code confirm} in the bundles; the texts take the member's name as {0}
     */
    static ConfirmDialog ask(Component translator, String id, String keyPrefix, String name, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(translator.getTranslation(keyPrefix + "title", name));
        dialog.setText(translator.getTranslation(keyPrefix + "text", name));
        dialog.setConfirmText(translator.getTranslation(keyPrefix + "confirm", name));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(translator.getTranslation("admin.members.confirm.cancel"));
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
