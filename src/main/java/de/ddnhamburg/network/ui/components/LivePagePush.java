package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * Switches server push on for a {@link LivePage} and off for every other page, after each
 * navigation (issue 13, point 3). An open push WebSocket costs the server about 120 KB of socket and
 * frame buffers per browser tab, and most pages (the directory, profiles, groups, forms) never
 * change on their own. {@code ui.AppShell} therefore starts every UI without push; the answer to a
 * navigation carries the new mode, and Vaadin's client opens the WebSocket when push is switched on
 * and closes it when it is switched off (Flow's {@code PushConfigurationImpl.setPushMode} and the
 * client's {@code MessageSender.setPushEnabled}). The navigation's own answer goes out as a normal
 * response either way, and so do notices after a click.
 *
 * <p>After navigation, not before: the active chain is then the page actually shown, also after a
 * reroute to a login or error page.
 */
@Component
class LivePagePush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> follow(ui, navigation));
        });
    }

    static void follow(UI ui, AfterNavigationEvent navigation) {
        boolean live = navigation.getActiveChain().stream().anyMatch(LivePage.class::isInstance);
        // Unchanged modes are left alone, so moving between live pages keeps the open WebSocket.
        ui.getPushConfiguration().setPushMode(live ? PushMode.AUTOMATIC : PushMode.DISABLED);
    }
}
