package de.ddnhamburg.network.ui.announcement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.announcement.AnnouncementReadService;
import de.ddnhamburg.network.domain.announcement.AnnouncementService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Announcements (Rundschreiben): the editor for a new one, and the list of those sent with their
 * progress. Admins only; the services check it again.
 */
@Route(value = RoutePaths.ANNOUNCEMENTS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AnnouncementsView extends Div implements TranslatedTitle {

    public AnnouncementsView(AnnouncementService announcements, AnnouncementReadService reading) {
        addClassName("announcements-view");
        RouterLink back = new RouterLink(getTranslation("admin.title"), SecurityLogView.class);
        back.setId("administration-link");
        AnnouncementList list = new AnnouncementList(reading);
        add(
                back,
                new H1(getTranslation("announcement.page.title")),
                new Paragraph(getTranslation("announcement.page.lead")),
                new AnnouncementEditor(announcements, reading, list::refresh),
                list);
    }

    @Override
    public String titleKey() {
        return "announcement.page.title";
    }
}
