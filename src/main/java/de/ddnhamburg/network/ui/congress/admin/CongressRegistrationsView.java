package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.ddnhamburg.network.domain.congress.AdminRegistrationFilter;
import de.ddnhamburg.network.domain.congress.AdminRegistrationRow;
import de.ddnhamburg.network.domain.congress.CongressApprovalService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationAdminService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationListService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.DeskOptions;
import de.ddnhamburg.network.domain.congress.WorkshopMark;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Paging;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A congress's registrations for admins: searched and filtered, paged in the database; choosing
 * one opens everything about it with its history and the actions its state allows
 * ({@link RegistrationPanel}).
 */
@Route(value = RoutePaths.CONGRESS_REGISTRATIONS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressRegistrationsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final CongressRegistrationListService registrations;
    private final CongressRegistrationAdminService admin;
    private final CongressApprovalService approvals;
    private final Grid<AdminRegistrationRow> grid = new Grid<>();
    private final Span count = new Span();
    private @Nullable GridLazyDataView<AdminRegistrationRow> rows;
    private AdminRegistrationFilter filter = AdminRegistrationFilter.all();
    private long congressId;
    private String title = "";

    public CongressRegistrationsView(
            CongressRegistrationListService registrations,
            CongressRegistrationAdminService admin,
            CongressApprovalService approvals) {
        this.registrations = registrations;
        this.admin = admin;
        this.approvals = approvals;
        addClassName("congress-desk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, CongressEditorView.ID, this::load);
    }

    private void load(long id) {
        congressId = id;
        DeskOptions options = registrations.options(id);
        title = options.title();
        removeAll();
        Paragraph congress = new Paragraph(options.title());
        congress.addClassName("desk-subtitle");
        RegistrationPanel panel = new RegistrationPanel(registrations, admin, approvals, options, this::refresh);
        RegistrationFilters filters = new RegistrationFilters(options, changed -> {
            filter = changed;
            refresh();
        });
        configureGrid(panel);
        count.setId("registrations-count");
        Div list = new Div(filters, count, grid);
        list.addClassName("desk-list");
        Div layout = new Div(list, panel);
        layout.addClassName("desk-split");
        add(
                DeskLinks.of(this, id, DeskLinks.Page.REGISTRATIONS),
                new H1(getTranslation("congress.registrations.heading")),
                congress,
                layout);
        refresh();
    }

    private void refresh() {
        if (rows != null) {
            rows.refreshAll();
        }
        count.setText(getTranslation("congress.registrations.count", registrations.count(congressId, filter)));
    }

    private void configureGrid(RegistrationPanel panel) {
        grid.removeAllColumns();
        grid.setId("registrations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::person)
                .setHeader(getTranslation("congress.registrations.name"))
                .setSortProperty("name")
                .setWidth("13rem")
                .setFlexGrow(1);
        grid.addColumn(AdminRegistrationRow::categoryName)
                .setHeader(getTranslation("congress.desk.category"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> status(this, row.status(), row.waitingPosition()))
                .setHeader(getTranslation("congress.registrations.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        // Long titles are cut in the list; the tooltip and the panel show them whole.
        grid.addColumn(this::workshops)
                .setHeader(getTranslation("congress.registrations.workshops"))
                .setTooltipGenerator(this::workshops)
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(row ->
                        getTranslation("congress.desk.payment." + row.payment().name()))
                .setHeader(getTranslation("congress.registrations.payment"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.checkedInAt() == null ? "" : DateTimeFormat.dateTime(row.checkedInAt(), getLocale()))
                .setHeader(getTranslation("congress.registrations.checkedIn"))
                .setAutoWidth(true);
        grid.addColumn(row -> DateTimeFormat.date(row.registeredAt(), getLocale()))
                .setHeader(getTranslation("congress.registrations.registeredAt"))
                .setSortProperty("registeredAt")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("congress.registrations.empty"));
        grid.setMultiSort(false);
        rows = grid.setItems(Paging.pageable(
                pageable -> registrations.page(congressId, filter, pageable),
                () -> registrations.count(congressId, filter)));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                panel.show(change.getValue().id());
            }
        });
    }

    private String workshops(AdminRegistrationRow row) {
        return row.workshops().stream().map(mark -> workshop(this, mark)).collect(Collectors.joining("; "));
    }

    /** Name (and "Gast") above the organisation, so that the list stays narrow beside the panel. */
    private Div person(AdminRegistrationRow row) {
        Span name = new Span(
                row.guest() ? row.name() + " · " + getTranslation("congress.registrations.guest") : row.name());
        name.addClassName("desk-person-name");
        Div person = new Div(name);
        if (row.organisation() != null) {
            Span organisation = new Span(row.organisation());
            organisation.addClassName("desk-person-organisation");
            person.add(organisation);
        }
        person.addClassName("desk-person");
        return person;
    }

    /** The status as a badge: "Warteliste (3)" with the position; a colour per kind, the word always. */
    static Span status(Component translator, CongressRegistrationStatus status, @Nullable Integer position) {
        String text = translator.getTranslation("congress.desk.status." + status.name());
        Span badge =
                new Span(position == null ? text : translator.getTranslation("congress.desk.waiting", text, position));
        String theme = switch (status) {
            case CONFIRMED -> "badge success";
            case CANCELLED -> "badge error";
            case WAITLISTED -> "badge contrast";
            case AWAITING_APPROVAL, UNCONFIRMED -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** "Workshop A" or "Workshop A (Warteliste 2)". */
    static String workshop(Component translator, WorkshopMark mark) {
        return switch (mark.status()) {
            case SEATED -> mark.title();
            case WAITLISTED ->
                translator.getTranslation("congress.desk.choice.WAITLISTED", mark.title(), mark.position());
            case PENDING -> translator.getTranslation("congress.desk.choice.PENDING", mark.title());
        };
    }

    @Override
    public String titleKey() {
        return "congress.registrations.title";
    }

    @Override
    public Object[] titleArguments() {
        return new Object[] {title};
    }
}
