package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** "It worked" after a contact action, in one look everywhere. */
final class Notices {

    private Notices() {}

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
