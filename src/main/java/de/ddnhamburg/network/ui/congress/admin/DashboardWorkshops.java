package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.congress.CongressDashboard;
import java.util.Locale;

/** The dashboard's workshops: seats taken of the capacity (and over it), free seats, the waiting list. */
final class DashboardWorkshops {

    private DashboardWorkshops() {}

    static Component of(Component translator, Locale language, CongressDashboard board) {
        if (board.workshops().isEmpty()) {
            Paragraph none = new Paragraph(translator.getTranslation("congress.dashboard.noWorkshops"));
            none.setId("dashboard-workshops-none");
            return none;
        }
        Grid<CongressDashboard.WorkshopSeats> grid = new Grid<>();
        grid.setId("dashboard-workshops");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> LocalFormats.weekdayTime(row.startsAt(), language))
                .setHeader(translator.getTranslation("congress.dashboard.when"));
        grid.addColumn(row -> row.cancelled()
                        ? translator.getTranslation("congress.dashboard.cancelledSession", row.title())
                        : row.title())
                .setHeader(translator.getTranslation("congress.desk.workshop"))
                .setFlexGrow(3);
        grid.addColumn(CongressDashboard.WorkshopSeats::room)
                .setHeader(translator.getTranslation("congress.dashboard.room"));
        grid.addColumn(row -> row.over() > 0
                        ? translator.getTranslation(
                                "congress.dashboard.seatsOver", row.taken(), row.capacity(), row.over())
                        : translator.getTranslation("congress.dashboard.ofCapacity", row.taken(), row.capacity()))
                .setHeader(translator.getTranslation("congress.dashboard.seats"));
        grid.addComponentColumn(row -> {
                    ProgressBar bar = new ProgressBar(0, row.capacity(), Math.min(row.taken(), row.capacity()));
                    bar.getElement()
                            .setAttribute(
                                    "aria-label",
                                    translator.getTranslation("congress.dashboard.seats") + " " + row.title());
                    if (row.free() == 0) {
                        bar.addClassName("desk-full");
                    }
                    return bar;
                })
                .setHeader(translator.getTranslation("congress.dashboard.fill"));
        grid.addColumn(CongressDashboard.WorkshopSeats::free)
                .setHeader(translator.getTranslation("congress.dashboard.free"));
        grid.addColumn(CongressDashboard.WorkshopSeats::waiting)
                .setHeader(translator.getTranslation("congress.desk.status.WAITLISTED"));
        grid.setItems(board.workshops());
        return grid;
    }
}
