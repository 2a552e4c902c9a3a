package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.function.LongConsumer;

/**
 * Opens the record a route names by its id ({@code /fachgruppen/12}). A record the service does not
 * give this user shows the translated error page: an unknown id, a malformed one or one the user
 * may not see as "not found", one the user may see but not use as "no access".
 */
public final class RecordRoute {

    private RecordRoute() {}

    /**
     * @param load shows the record with that id
     * @return whether the record was shown; if not, the navigation goes to an error page
     */
    public static boolean open(BeforeEnterEvent event, String idParameter, LongConsumer load) {
        long id = event.getRouteParameters().getLong(idParameter).orElse(-1L);
        try {
            load.accept(id);
            return true;
        } catch (de.ddnhamburg.network.domain.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
        return false;
    }
}
