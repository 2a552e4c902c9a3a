package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * The way between the pages of one congress for admins (administration, editor, dashboard,
 * registrations), the page one is on marked rather than linked.
 */
final class DeskLinks {

    enum Page {
        EDITOR,
        DASHBOARD,
        REGISTRATIONS
    }

    private DeskLinks() {}

    static Nav of(Component translator, long congressId, Page current) {
        RouterLink administration =
                new RouterLink(translator.getTranslation("congress.admin.title"), CongressAdministrationView.class);
        administration.setId("desk-link-administration");
        Nav links = new Nav(administration);
        links.add(link(translator, congressId, Page.EDITOR, current, CongressEditorView.class, "congress.desk.editor"));
        links.add(link(
                translator,
                congressId,
                Page.DASHBOARD,
                current,
                CongressDashboardView.class,
                "congress.dashboard.heading"));
        links.add(link(
                translator,
                congressId,
                Page.REGISTRATIONS,
                current,
                CongressRegistrationsView.class,
                "congress.registrations.heading"));
        links.addClassName("desk-links");
        links.setAriaLabel(translator.getTranslation("congress.desk.pages"));
        return links;
    }

    private static Component link(
            Component translator,
            long congressId,
            Page page,
            Page current,
            Class<? extends Component> view,
            String key) {
        String text = translator.getTranslation(key);
        String id = "desk-link-" + page.name().toLowerCase(java.util.Locale.ROOT);
        if (page == current) {
            Span here = new Span(text);
            here.setId(id);
            here.getElement().setAttribute("aria-current", "page");
            return here;
        }
        RouterLink link = new RouterLink(text, view, CongressAdministrationView.params(congressId));
        link.setId(id);
        return link;
    }
}
