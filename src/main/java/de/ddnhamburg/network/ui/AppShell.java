package de.ddnhamburg.network.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * {@code @Push}: pages that change when something happens elsewhere (the free seats of an event or
 * congress, the check-in desk's counters) are updated from the server. Push starts switched off in
 * every UI and is switched on only while such a page is shown ({@code ui.components.LivePagePush}):
 * an open push WebSocket holds about 120 KB of buffers on the server, for every browser tab (issue
 * 13, point 3). With {@code AUTOMATIC} here, every page load would open a WebSocket and close it one
 * round trip later, because the first navigation happens after the UI has started. Vaadin's push
 * endpoint is there either way (Flow adds its request handler whenever Atmosphere is on the class
 * path), so a page can switch push on at any time.
 *
 * <p>Push runs over a WebSocket to the application's own origin, which the CSP's {@code connect-src
 * 'self'} allows (CSP Level 3 counts ws: and wss: to the own host as 'self'); Vaadin's security
 * configuration lets its push endpoint through, and every request on it still belongs to the
 * signed-in session.
 */
@Push(PushMode.DISABLED)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ddn.css")
@StyleSheet("styles/congress.css")
@StyleSheet("styles/congress-registration.css")
@StyleSheet("styles/congress-desk.css")
@Meta(name = "description", content = "ddn Hamburg – Das Demographie Netzwerk in Hamburg")
public class AppShell implements AppShellConfigurator {}
