package de.ddnhamburg.network.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ddn.css")
@Meta(name = "description", content = "ddn Hamburg – Das Demographie Netzwerk in Hamburg")
public class AppShell implements AppShellConfigurator {}
