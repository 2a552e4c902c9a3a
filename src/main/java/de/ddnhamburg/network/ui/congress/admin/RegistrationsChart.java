package de.ddnhamburg.network.ui.congress.admin;

import de.ddnhamburg.network.domain.congress.CongressDashboard.DayCount;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Registrations per day as a bar chart, drawn on the server as a small SVG: one bar per day (days
 * without registrations included, as empty bars), a scale with three lines, a few day labels, and
 * for screen readers a title and a description that say what the chart shows; each bar carries its
 * own label as a tooltip. No chart library: this is all the dashboard needs. Every text is escaped,
 * although only translations, dates and numbers go in.
 */
final class RegistrationsChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 40;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 28;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int MAX_DAY_LABELS = 8;

    private RegistrationsChart() {}

    /**
     * @param title what the chart is, for its {@code title}
     * @param description what it shows in words (the period, the total, the busiest day)
     * @param barLabel the label of one bar, such as "Mi., 20.02.: 2 Anmeldungen"
     * @param dayLabel a day on the axis, such as "20.02."
     */
    static String svg(
            List<DayCount> days,
            String title,
            String description,
            Function<DayCount, String> barLabel,
            Function<DayCount, String> dayLabel) {
        int max = Math.max(1, days.stream().mapToInt(DayCount::count).max().orElse(0));
        int top = niceTop(max);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"registrations-chart\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\" aria-labelledby=\"registrations-chart-title registrations-chart-desc\">",
                WIDTH,
                HEIGHT));
        svg.append("<title id=\"registrations-chart-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"registrations-chart-desc\">")
                .append(escape(description))
                .append("</desc>");
        for (int value : List.of(0, top / 2, top)) {
            double y = TOP + PLOT_HEIGHT - (double) value / top * PLOT_HEIGHT;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y,
                    LEFT - 6,
                    y + 4,
                    value));
        }
        double step = days.isEmpty() ? PLOT_WIDTH : (double) PLOT_WIDTH / days.size();
        double barWidth = Math.max(1, step * 0.7);
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / (double) MAX_DAY_LABELS));
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            double height = (double) day.count() / top * PLOT_HEIGHT;
            double x = LEFT + i * step + (step - barWidth) / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" data-day=\"%s\" data-count=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\"><title>%s</title></rect>",
                    day.day(),
                    day.count(),
                    x,
                    TOP + PLOT_HEIGHT - height,
                    barWidth,
                    height,
                    escape(barLabel.apply(day))));
            // Every few days a label, and the last day's; one that would crowd the last is left out.
            boolean last = i == days.size() - 1;
            if (last || (i % labelEvery == 0 && days.size() - 1 - i >= Math.max(1, labelEvery / 2))) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2,
                        HEIGHT - 8,
                        escape(dayLabel.apply(day))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The top of the scale: the largest count rounded up to an even number, so that its half is whole. */
    static int niceTop(int max) {
        return max <= 1 ? 2 : max + (max % 2);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
