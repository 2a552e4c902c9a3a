package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.congress.CongressDashboard;
import de.ddnhamburg.network.domain.congress.CongressDashboard.CategoryRevenue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/** The dashboard's revenue by category, paid and open, with the totals. */
final class DashboardRevenue {

    private DashboardRevenue() {}

    static Component of(Component translator, CongressDashboard board) {
        Div revenue = new Div();
        if (!board.paymentsRecorded()) {
            Paragraph note = new Paragraph(translator.getTranslation("congress.dashboard.paymentsNotRecorded"));
            note.setId("dashboard-payments-note");
            note.addClassName("desk-note");
            revenue.add(note);
        }
        if (board.revenue().isEmpty()) {
            Paragraph none = new Paragraph(translator.getTranslation("congress.dashboard.noPaidCategories"));
            none.setId("dashboard-revenue-none");
            revenue.add(none);
            return revenue;
        }
        Grid<CategoryRevenue> grid = new Grid<>();
        grid.setId("dashboard-revenue");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        Grid.Column<CategoryRevenue> name = grid.addColumn(CategoryRevenue::name)
                .setHeader(translator.getTranslation("congress.desk.category"))
                .setFlexGrow(2);
        grid.addColumn(row -> money(row.price())).setHeader(translator.getTranslation("congress.dashboard.price"));
        Grid.Column<CategoryRevenue> confirmed = grid.addColumn(CategoryRevenue::confirmed)
                .setHeader(translator.getTranslation("congress.desk.status.CONFIRMED"));
        Grid.Column<CategoryRevenue> paid =
                money(grid, CategoryRevenue::paid).setHeader(translator.getTranslation("congress.desk.payment.PAID"));
        Grid.Column<CategoryRevenue> open =
                money(grid, CategoryRevenue::open).setHeader(translator.getTranslation("congress.desk.payment.OPEN"));
        Grid.Column<CategoryRevenue> total =
                money(grid, CategoryRevenue::total).setHeader(translator.getTranslation("congress.dashboard.total"));
        var footer = grid.appendFooterRow();
        footer.getCell(name).setText(translator.getTranslation("congress.dashboard.total"));
        footer.getCell(confirmed)
                .setText(String.valueOf(board.revenue().stream()
                        .mapToInt(CategoryRevenue::confirmed)
                        .sum()));
        footer.getCell(paid).setText(money(sum(board, CategoryRevenue::paid)));
        footer.getCell(open).setText(money(sum(board, CategoryRevenue::open)));
        footer.getCell(total).setText(money(sum(board, CategoryRevenue::total)));
        grid.setItems(board.revenue());
        revenue.add(grid);
        return revenue;
    }

    private static Grid.Column<CategoryRevenue> money(
            Grid<CategoryRevenue> grid, Function<CategoryRevenue, BigDecimal> amount) {
        return grid.addColumn(row -> money(amount.apply(row)))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    private static BigDecimal sum(CongressDashboard board, Function<CategoryRevenue, BigDecimal> amount) {
        return board.revenue().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** "1.234,00 €" or "€1,234.00": euros, in the language of the page. */
    static String money(BigDecimal amount) {
        UI ui = UI.getCurrent();
        return LocalFormats.money(amount, ui == null ? Locale.GERMAN : ui.getLocale());
    }
}
