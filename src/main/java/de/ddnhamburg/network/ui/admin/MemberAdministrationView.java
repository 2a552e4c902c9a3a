package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.AdminMemberFilter;
import de.ddnhamburg.network.domain.member.AdminMemberRow;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Paging;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * All accounts, filtered by status, role and a search text, paged in the database. Selecting one
 * opens its details (audited) with the actions its status allows.
 */
@Route(value = RoutePaths.MEMBER_ADMINISTRATION, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class MemberAdministrationView extends Div implements TranslatedTitle {

    private final Grid<AdminMemberRow> grid = new Grid<>();
    private final GridLazyDataView<AdminMemberRow> rows;
    private AdminMemberFilter filter = AdminMemberFilter.all();
    private final TextField search = new TextField();
    private final Select<@Nullable MemberStatus> status = new Select<>();
    private final Select<@Nullable String> role = new Select<>();
    private final MemberAdminPanel panel;

    public MemberAdministrationView(MemberAdministrationService members) {
        addClassName("member-administration-view");
        rows = grid.setItems(
                Paging.pageable(pageable -> members.findPage(filter, pageable), () -> members.count(filter)));
        panel = new MemberAdminPanel(members, changed -> rows.refreshAll());

        RouterLink back = new RouterLink(getTranslation("admin.title"), SecurityLogView.class);
        back.setId("administration-link");
        configureFilters();
        configureGrid();
        add(
                back,
                new H1(getTranslation("admin.members.title")),
                new Paragraph(getTranslation("admin.members.lead")),
                filters(search, status, role),
                grid,
                panel);
    }

    private void configureFilters() {
        search.setId("member-search");
        search.setLabel(getTranslation("admin.members.search"));
        search.setPlaceholder(getTranslation("admin.members.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> applyFilter());

        status.setId("member-status-filter");
        status.setLabel(getTranslation("admin.members.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.members.status.all"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(value -> value == null
                ? getTranslation("admin.members.status.all")
                : getTranslation("admin.members.status." + value.name()));
        status.addValueChangeListener(change -> applyFilter());

        role.setId("member-role-filter");
        role.setLabel(getTranslation("admin.members.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("admin.members.role.all"));
        role.setItems(Roles.MEMBER, Roles.ADMIN, Roles.CHECK_IN);
        role.setItemLabelGenerator(value -> value == null
                ? getTranslation("admin.members.role.all")
                : getTranslation("admin.members.role." + value));
        role.addValueChangeListener(change -> applyFilter());
    }

    private void applyFilter() {
        filter = new AdminMemberFilter(search.getValue(), status.getValue(), role.getValue());
        rows.refreshAll();
    }

    private void configureGrid() {
        grid.setId("member-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> MemberAdminPanel.shownName(this, row))
                .setHeader(getTranslation("admin.members.name"))
                .setAutoWidth(true);
        grid.addColumn(AdminMemberRow::email)
                .setHeader(getTranslation("admin.members.email"))
                .setAutoWidth(true);
        grid.addColumn(AdminMemberRow::organisation).setHeader(getTranslation("profile.field.label.organisation"));
        grid.addColumn(row ->
                        getTranslation("admin.members.status." + row.status().name()))
                .setHeader(getTranslation("admin.members.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.roles().stream()
                        .sorted()
                        .map(name -> getTranslation("admin.members.role." + name))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.members.roles"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.joinedAt() == null ? "" : DateTimeFormat.dateTime(row.joinedAt(), getLocale()))
                .setHeader(getTranslation("admin.members.joined"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin.members.empty"));
        // Only a new selection opens details: after an action the list is refreshed, and the panel
        // keeps showing the member acted on.
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                panel.show(change.getValue());
            }
        });
    }

    @Override
    public String titleKey() {
        return "admin.members.title";
    }

    /** Search and filters side by side, wrapping on a phone instead of running past the edge. */
    private static HorizontalLayout filters(com.vaadin.flow.component.Component... fields) {
        HorizontalLayout filters = new HorizontalLayout(fields);
        filters.setWrap(true);
        filters.addClassName("member-administration-filters");
        return filters;
    }
}
