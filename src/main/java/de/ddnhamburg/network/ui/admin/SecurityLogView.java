package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditEntryItem;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.announcement.AnnouncementsView;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Paging;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.congress.admin.CongressAdministrationView;
import de.ddnhamburg.network.ui.congress.registration.CongressApprovalsView;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The administration area: links to the member administration, the congress, the announcements, the
 * outbox and the data requests, and the security log.
 */
@Route(value = RoutePaths.ADMINISTRATION, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class SecurityLogView extends Div implements TranslatedTitle {

    private final Grid<AuditEntryItem> grid = new Grid<>();
    private final GridLazyDataView<AuditEntryItem> entries;
    private @Nullable AuditAction shownAction;

    public SecurityLogView(AuditService audit) {
        addClassName("administration-view");
        entries = grid.setItems(
                Paging.pageable(pageable -> audit.findPage(shownAction, pageable), () -> audit.count(shownAction)));

        Select<@Nullable AuditAction> filter = new Select<>();
        filter.setId("audit-filter");
        filter.setLabel(getTranslation("admin.audit.filter"));
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("admin.audit.filter.all"));
        filter.setItems(AuditAction.values());
        filter.setItemLabelGenerator(action -> action == null
                ? getTranslation("admin.audit.filter.all")
                : getTranslation("audit.action." + action.name()));
        filter.addValueChangeListener(change -> {
            shownAction = change.getValue();
            entries.refreshAll();
        });

        configureGrid();
        RouterLink outbox = new RouterLink(getTranslation("admin.outbox.link"), OutboxView.class);
        outbox.setId("outbox-link");
        RouterLink members = new RouterLink(getTranslation("admin.members.link"), MemberAdministrationView.class);
        members.setId("members-link");
        RouterLink requests = new RouterLink(getTranslation("admin.requests.link"), DataRequestsView.class);
        requests.setId("data-requests-link");
        RouterLink congress =
                new RouterLink(getTranslation("nav.congressAdministration"), CongressAdministrationView.class);
        congress.setId("congress-admin-link");
        RouterLink announcements = new RouterLink(getTranslation("announcement.link"), AnnouncementsView.class);
        announcements.setId("announcements-link");
        RouterLink congressApprovals =
                new RouterLink(getTranslation("congress.admin.approvalsLink"), CongressApprovalsView.class);
        congressApprovals.setId("congress-approvals-link");
        add(
                new H1(getTranslation("admin.title")),
                new Paragraph(members),
                new Paragraph(congress),
                new Paragraph(announcements),
                new Paragraph(congressApprovals),
                new Paragraph(outbox),
                new Paragraph(requests),
                new H2(getTranslation("admin.audit.title")),
                new Paragraph(getTranslation("admin.audit.lead")),
                filter,
                grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> DateTimeFormat.dateTime(entry.occurredAt(), getLocale()))
                .setHeader(getTranslation("admin.audit.when"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("admin.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(entry -> Optional.ofNullable(entry.actor()).orElse(getTranslation("admin.audit.system")))
                .setHeader(getTranslation("admin.audit.actor"));
        grid.addColumn(AuditEntryItem::target).setHeader(getTranslation("admin.audit.target"));
        grid.addColumn(entry -> AuditDetails.text(this, entry.details()))
                .setHeader(getTranslation("admin.audit.details"));
        grid.addColumn(AuditEntryItem::clientAddress).setHeader(getTranslation("admin.audit.address"));
        grid.setEmptyStateText(getTranslation("admin.audit.empty"));
    }

    @Override
    public String titleKey() {
        return "admin.title";
    }
}
