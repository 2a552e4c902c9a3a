package de.ddnhamburg.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.ui.components.Notices;
import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

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
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // The browser left (closed the tab, navigated on) before the answer was written: nobody
            // is there to be told, and nothing in the application went wrong.
            LOG.debug("The browser went away during a request: {}", error.toString());
            return;
        }
        if (UI.getCurrent() == null) {
            LOG.error("Error outside of a UI", error);
            return;
        }
        DomainException domain = find(error, DomainException.class);
        if (domain != null) {
            Notices.problem(domain);
        } else if (find(error, AccessDeniedException.class) != null) {
            Notices.error("error.notAllowed");
        } else if (find(error, OptimisticLockingFailureException.class) != null) {
            Notices.error("error.concurrentChange");
        } else {
            LOG.error("Unexpected error in the UI", error);
            Notices.error("error.unexpected");
        }
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
