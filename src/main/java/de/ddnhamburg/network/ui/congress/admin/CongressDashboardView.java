package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.ddnhamburg.network.domain.congress.CongressDashboard;
import de.ddnhamburg.network.domain.congress.CongressDashboard.CheckInProgress;
import de.ddnhamburg.network.domain.congress.CongressDashboardService;
import de.ddnhamburg.network.domain.congress.CongressErasureService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.PersonalDataErasure;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.LivePage;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import de.ddnhamburg.network.ui.congress.CongressSeatsBroadcaster;
import de.ddnhamburg.network.ui.congress.LiveCongressSeats;
import de.ddnhamburg.network.ui.congress.checkin.CheckInBroadcaster;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A congress at a glance for admins: places, registrations by category and status, workshops' seats
 * and waiting lists, check-in, registrations per day and revenue. It reads again by itself whenever
 * places change or someone is checked in ({@link LiveCongressSeats}, at most once a second), so
 * that it can stay open on a screen while registration runs and on the day.
 */
@Route(value = RoutePaths.CONGRESS_DASHBOARD, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressDashboardView extends Div implements BeforeEnterObserver, TranslatedTitle, LivePage {

    static final Duration AT_MOST_EVERY = Duration.ofSeconds(1);
    static final List<CongressRegistrationStatus> STATUSES = List.of(
            CongressRegistrationStatus.CONFIRMED,
            CongressRegistrationStatus.WAITLISTED,
            CongressRegistrationStatus.AWAITING_APPROVAL,
            CongressRegistrationStatus.UNCONFIRMED,
            CongressRegistrationStatus.CANCELLED);

    private final CongressDashboardService dashboards;
    private final CongressErasureService erasures;
    private final CongressSeatsBroadcaster broadcaster;
    private final CheckInBroadcaster checkIns;
    private final Clock clock;
    private final Div content = new Div();
    private long congressId;
    private String title = "";
    private @Nullable LiveCongressSeats live;

    public CongressDashboardView(
            CongressDashboardService dashboards,
            CongressErasureService erasures,
            CongressSeatsBroadcaster broadcaster,
            CheckInBroadcaster checkIns,
            Clock clock) {
        this.dashboards = dashboards;
        this.erasures = erasures;
        this.broadcaster = broadcaster;
        this.checkIns = checkIns;
        this.clock = clock;
        addClassName("congress-desk-view");
        content.setId("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!RecordRoute.open(event, CongressEditorView.ID, this::load)) {
            return;
        }
        // Anew at each visit: this instance stays when the admin opens another congress's board.
        if (live != null) {
            live.close();
        }
        live = new LiveCongressSeats(
                this,
                List.of(broadcaster::register, checkIns::register),
                congressId,
                AT_MOST_EVERY,
                () -> load(congressId));
    }

    private void load(long id) {
        congressId = id;
        CongressDashboard board = dashboards.dashboard(id);
        title = board.title();
        removeAll();
        H1 heading = new H1(getTranslation("congress.dashboard.heading"));
        Paragraph congress = new Paragraph(board.title());
        congress.setId("dashboard-congress");
        congress.addClassName("desk-subtitle");
        Span updated = new Span(
                getTranslation("congress.dashboard.updated", DateTimeFormat.dateTime(clock.instant(), getLocale())));
        updated.setId("dashboard-updated");
        updated.addClassName("desk-live");
        content.removeAll();
        content.add(
                figures(board),
                section("dashboard-categories-section", "congress.dashboard.categories", categories(board)),
                section(
                        "dashboard-workshops-section",
                        "congress.dashboard.workshops",
                        DashboardWorkshops.of(this, getLocale(), board)),
                section(
                        "dashboard-chart-section",
                        "congress.dashboard.perDay",
                        DashboardChart.of(this, getLocale(), board.perDay())),
                section("dashboard-revenue-section", "congress.dashboard.revenue", DashboardRevenue.of(this, board)));
        add(DeskLinks.of(this, id, DeskLinks.Page.DASHBOARD), heading, congress, updated, erasure(id), content);
    }

    /** When the needs and the guests' data go, or went; the figures and the invoices stay. */
    private Paragraph erasure(long id) {
        PersonalDataErasure erasure = erasures.erasure(id);
        Instant erasedAt = erasure.erasedAt();
        Paragraph note = new Paragraph(
                erasedAt == null
                        ? getTranslation(
                                "congress.dashboard.erasure.planned",
                                CongressFormat.day(erasure.erasesOn(), getLocale()),
                                erasure.daysAfter())
                        : getTranslation(
                                "congress.dashboard.erasure.done", DateTimeFormat.date(erasedAt, getLocale())));
        note.setId("dashboard-erasure");
        note.addClassName("desk-subtitle");
        return note;
    }

    /** The big numbers: places, each status, check-in. */
    private Div figures(CongressDashboard board) {
        Div figures = new Div(figure(
                "dashboard-places",
                getTranslation("congress.dashboard.places"),
                getTranslation("congress.dashboard.ofCapacity", board.taken(), board.capacity())));
        for (CongressRegistrationStatus status : STATUSES) {
            figures.add(figure(
                    "dashboard-status-" + status.name(),
                    getTranslation("congress.desk.status." + status.name()),
                    String.valueOf(board.total(status))));
        }
        CheckInProgress checkIn = board.checkIn();
        Div checkInFigure = figure(
                "dashboard-checkin",
                getTranslation("congress.dashboard.checkIn"),
                getTranslation("congress.dashboard.ofCapacity", checkIn.checkedIn(), checkIn.expected()));
        ProgressBar progress = new ProgressBar(0, Math.max(1, checkIn.expected()), checkIn.checkedIn());
        progress.setId("dashboard-checkin-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("congress.dashboard.checkIn"));
        checkInFigure.add(progress);
        figures.add(checkInFigure);
        figures.addClassName("desk-figures");
        return figures;
    }

    private static Div figure(String id, String label, String value) {
        Span number = new Span(value);
        number.addClassName("desk-figure-value");
        number.setId(id + "-value");
        Span caption = new Span(label);
        caption.addClassName("desk-figure-label");
        Div figure = new Div(number, caption);
        figure.setId(id);
        figure.addClassName("desk-figure");
        return figure;
    }

    private Grid<CongressDashboard.CategoryCounts> categories(CongressDashboard board) {
        Grid<CongressDashboard.CategoryCounts> grid = new Grid<>();
        grid.setId("dashboard-categories");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<CongressDashboard.CategoryCounts> name = grid.addColumn(CongressDashboard.CategoryCounts::name)
                .setHeader(getTranslation("congress.desk.category"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("congress.dashboard.ofCapacity", row.taken(), row.quota()))
                .setHeader(getTranslation("congress.dashboard.quota"));
        var footer = grid.appendFooterRow();
        footer.getCell(name).setText(getTranslation("congress.dashboard.total"));
        for (CongressRegistrationStatus status : STATUSES) {
            Grid.Column<CongressDashboard.CategoryCounts> column = grid.addColumn(row -> row.count(status))
                    .setHeader(getTranslation("congress.desk.status." + status.name()));
            footer.getCell(column).setText(String.valueOf(board.total(status)));
        }
        grid.setItems(board.categories());
        return grid;
    }

    private Div section(String id, String headingKey, Component body) {
        H2 heading = new H2(getTranslation(headingKey));
        Div section = new Div(heading, body);
        section.setId(id);
        section.addClassName("desk-section");
        return section;
    }

    @Override
    public String titleKey() {
        return "congress.dashboard.title";
    }

    @Override
    public Object[] titleArguments() {
        return new Object[] {title};
    }
}
