package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import de.ddnhamburg.network.ui.components.Markup;
import java.util.Locale;

/**
 * An entry of the side navigation: the same {@code <vaadin-side-nav-item>} as Vaadin's
 * {@link SideNavItem}, with path, aliases and "match nested" set on the server as before, but its
 * icon, label and count drawn by the browser from one property. As components they cost every
 * session three to five state nodes per entry (item, icon, label text, count badge and its text)
 * for content that changes only with the count (docs/benchmarks.md, "Memory per session").
 *
 * <p>The web component itself is untouched: it renders the link, marks the entry of the current
 * address and lets Flow's router take the click without reloading the page. Replacing its light
 * DOM when the count changes keeps the focus, which sits on the link in its shadow root.
 */
// The icon web component and Vaadin's icon set go into the browser bundle with Vaadin's Icon;
// onAttach has the browser load them.
@Uses(Icon.class)
final class NavEntry extends SideNavItem {

    private final String label;
    private final VaadinIcon icon;
    private long count;
    private String countLabel = "";

    NavEntry(String id, String label, VaadinIcon icon, Class<? extends Component> view, RouteParameters parameters) {
        // No label text node: the label is part of the markup below.
        super((String) null);
        this.label = label;
        this.icon = icon;
        setId(id);
        setPath(view, parameters);
        render();
    }

    NavEntry(String id, String label, VaadinIcon icon, Class<? extends Component> view) {
        this(id, label, icon, view, RouteParameters.empty());
    }

    /**
     * Flow has the browser load a component's modules when a component of that class is attached.
     * The entries draw their icons without an {@link Icon}, so they ask for its modules (the icon
     * and Vaadin's icon set) themselves; on a page with no Icon of its own, such as the start page,
     * the entries showed no icons.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getInternals().addComponentDependencies(Icon.class);
    }

    @Override
    public String getLabel() {
        return label;
    }

    /**
     * A count after the label ("3 offene Kontaktanfragen" for screen readers), shown while above
     * zero; its id is the entry's with {@code -badge}.
     */
    void showCount(long count, String ariaLabel) {
        if (count != this.count || !ariaLabel.equals(countLabel)) {
            this.count = count;
            this.countLabel = ariaLabel;
            render();
        }
    }

    private void render() {
        StringBuilder html = new StringBuilder()
                .append("<vaadin-icon slot=\"prefix\" icon=\"vaadin:")
                .append(icon.name().toLowerCase(Locale.ENGLISH).replace('_', '-'))
                .append("\"></vaadin-icon>")
                .append(Markup.escape(label));
        if (count > 0) {
            html.append("<span slot=\"suffix\" id=\"")
                    .append(getId().orElseThrow())
                    .append("-badge\" theme=\"badge primary pill small\" aria-label=\"")
                    .append(Markup.escape(countLabel))
                    .append("\">")
                    .append(count)
                    .append("</span>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }
}
