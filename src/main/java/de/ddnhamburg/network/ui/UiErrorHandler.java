package de.ddnhamburg.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import de.ddnhamburg.network.domain.common.DomainException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an exception from a click or an edit into a translated message next to what the user was
 * doing. The page stays as it is, so nothing typed is lost; unexpected errors are logged for us.
 */
@Component
public class UiErrorHandler implements ErrorHandler {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside of a UI", error);
            return;
        }
        String message = message(ui, error);
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String message(UI ui, Throwable error) {
        DomainException domain = find(error, DomainException.class);
        if (domain != null) {
            return ui.getTranslation(domain.getMessageKey(), domain.getArguments());
        }
        if (find(error, AccessDeniedException.class) != null) {
            return ui.getTranslation("error.notAllowed");
        }
        if (find(error, OptimisticLockingFailureException.class) != null) {
            return ui.getTranslation("error.concurrentChange");
        }
        LOG.error("Unexpected error in the UI", error);
        return ui.getTranslation("error.unexpected");
    }

    private static <T extends Throwable> @Nullable T find(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
