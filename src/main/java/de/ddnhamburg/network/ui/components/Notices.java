package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.ddnhamburg.network.domain.common.DomainException;

/**
 * Whether an action worked, said the same way on every page, so that an error always looks and
 * sounds like an error. Successes appear quietly at the bottom; errors appear in the middle, stay
 * longer and interrupt a screen reader ({@code aria-live="assertive"} on the card, whose role is
 * {@code alert}). Texts are translation keys; the user's language comes from the current UI.
 */
public final class Notices {

    static final int SUCCESS_MILLIS = 5000;
    static final int ERROR_MILLIS = 8000;

    private Notices() {}

    /** "It worked": a save, a sent request, a changed setting. */
    public static Notification success(String key, Object... arguments) {
        Notification notice =
                Notification.show(text(key, arguments), SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notice;
    }

    /** "It did not work", or "check the marked fields": what was typed stays on the page. */
    public static Notification error(String key, Object... arguments) {
        Notification notice = Notification.show(text(key, arguments), ERROR_MILLIS, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setAssertive(true);
        return notice;
    }

    /** A refusal of a domain service, in the words the service chose for it. */
    public static Notification problem(DomainException problem) {
        return error(problem.getMessageKey(), problem.getArguments());
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrentOrThrow().getTranslation(key, arguments);
    }
}
