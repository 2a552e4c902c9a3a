package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.export.CongressExportService;
import de.ddnhamburg.network.domain.congress.print.CongressBadgeService;
import de.ddnhamburg.network.domain.congress.print.CongressCertificateService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.congress.admin.CongressEditorView;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Printing and exports of one congress, for admins: name badges (a filtered sheet, or one for a
 * reprint), the certificates of attendance, and the lists as CSV and XLSX. The services refuse
 * everyone but admins and audit every file.
 */
@Route(value = RoutePaths.CONGRESS_PRINT, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressPrintView extends Div implements BeforeEnterObserver, NamedTitle {

    public static final String ID = "id";

    private final CongressBadgeService badges;
    private final CongressCertificateService certificates;
    private final CongressExportService exports;
    private String title = "";

    public CongressPrintView(
            CongressBadgeService badges, CongressCertificateService certificates, CongressExportService exports) {
        this.badges = badges;
        this.certificates = certificates;
        this.exports = exports;
        addClassName("congress-print-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long congressId) {
        RosterCongress congress = badges.congress(congressId);
        title = getTranslation("congress.print.title", congress.title());
        removeAll();
        RouterLink back = new RouterLink(
                congress.title(),
                CongressEditorView.class,
                new RouteParameters(CongressEditorView.ID, String.valueOf(congressId)));
        back.setId("print-back");
        H1 heading = new H1(title);
        heading.setId("print-title");
        add(
                new Paragraph(back),
                heading,
                new BadgeSection(badges, congress),
                new CertificateSection(certificates, congress),
                new ExportSection(exports, congress, getLocale()));
    }

    @Override
    public String titleName() {
        return title;
    }
}
