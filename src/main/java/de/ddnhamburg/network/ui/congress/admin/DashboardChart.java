package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.congress.CongressDashboard.DayCount;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's registrations per day as a bar chart, with a description in words for screen
 * readers (total, first and last day, the busiest day).
 */
final class DashboardChart {

    private DashboardChart() {}

    static Component of(Component translator, Locale language, List<DayCount> days) {
        if (days.isEmpty()) {
            Paragraph none = new Paragraph(translator.getTranslation("congress.dashboard.noRegistrations"));
            none.setId("dashboard-chart-empty");
            return none;
        }
        DayCount busiest =
                days.stream().max(Comparator.comparingInt(DayCount::count)).orElseThrow();
        String description = translator.getTranslation(
                "congress.dashboard.chart.desc",
                days.stream().mapToInt(DayCount::count).sum(),
                LocalFormats.weekdayDate(days.getFirst().day(), language),
                LocalFormats.weekdayDate(days.getLast().day(), language),
                LocalFormats.weekdayDate(busiest.day(), language),
                busiest.count());
        Svg chart = new Svg(RegistrationsChart.svg(
                days,
                translator.getTranslation("congress.dashboard.perDay"),
                description,
                day -> translator.getTranslation(
                        "congress.dashboard.chart.bar", LocalFormats.weekdayDate(day.day(), language), day.count()),
                day -> LocalFormats.dayMonth(day.day(), language)));
        chart.setId("dashboard-chart");
        chart.addClassName("desk-chart");
        return chart;
    }
}
