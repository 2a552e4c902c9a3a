package de.ddnhamburg.network.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * {@code @Push}: open pages are updated from the server when something changes elsewhere (the seats
 * of an event). Push runs over a WebSocket to the application's own origin, which the CSP's
 * {@code connect-src 'self'} allows (CSP Level 3 counts ws: and wss: to the own host as 'self'); Vaadin's security configuration lets its push
 * endpoint through, and every request on it still belongs to the signed-in session.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ddn.css")
@StyleSheet("styles/congress.css")
@StyleSheet("styles/congress-registration.css")
@StyleSheet("styles/congress-desk.css")
@Meta(name = "description", content = "ddn Hamburg – Das Demographie Netzwerk in Hamburg")
public class AppShell implements AppShellConfigurator {}
