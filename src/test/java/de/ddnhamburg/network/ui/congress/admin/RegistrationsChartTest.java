package de.ddnhamburg.network.ui.congress.admin;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.CongressDashboard.DayCount;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The registrations chart is well-formed SVG whose bars are the data, and says what it shows. */
class RegistrationsChartTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 2, 20);

    @Test
    void one_bar_per_day_with_heights_in_proportion_to_the_counts() throws Exception {
        List<DayCount> days =
                List.of(new DayCount(FIRST, 2), new DayCount(FIRST.plusDays(1), 0), new DayCount(FIRST.plusDays(2), 5));

        Document svg = parse(chart(days));

        List<Element> bars = bars(svg);
        assertThat(bars).hasSize(3);
        assertThat(bars)
                .extracting(bar -> bar.getAttribute("data-day"))
                .containsExactly("2027-02-20", "2027-02-21", "2027-02-22");
        assertThat(bars).extracting(bar -> bar.getAttribute("data-count")).containsExactly("2", "0", "5");
        // The scale goes to 6 (5 rounded up to an even number): heights are count / 6 of the plot.
        double full = RegistrationsChart.PLOT_HEIGHT;
        assertThat(height(bars.get(0))).isCloseTo(full * 2 / 6, org.assertj.core.data.Offset.offset(0.1));
        assertThat(height(bars.get(1))).isZero();
        assertThat(height(bars.get(2))).isCloseTo(full * 5 / 6, org.assertj.core.data.Offset.offset(0.1));
        // Every bar stands on the axis and the bars go left to right in the order of the days.
        for (Element bar : bars) {
            assertThat(number(bar, "y") + height(bar))
                    .isCloseTo(RegistrationsChart.TOP + full, org.assertj.core.data.Offset.offset(0.1));
        }
        assertThat(number(bars.get(0), "x")).isLessThan(number(bars.get(1), "x"));
        assertThat(number(bars.get(1), "x")).isLessThan(number(bars.get(2), "x"));
        assertThat(bars.get(2).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("2027-02-22: 5");
    }

    @Test
    void it_has_an_accessible_title_and_description_and_escapes_its_texts() throws Exception {
        Document svg = parse(RegistrationsChart.svg(
                List.of(new DayCount(FIRST, 1)),
                "Anmeldungen <pro> Tag",
                "7 Anmeldungen & mehr",
                day -> day.day() + ": " + day.count(),
                day -> day.day().toString()));

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby"))
                .isEqualTo("registrations-chart-title registrations-chart-desc");
        assertThat(byId(svg, "title", "registrations-chart-title").getTextContent())
                .isEqualTo("Anmeldungen <pro> Tag");
        assertThat(byId(svg, "desc", "registrations-chart-desc").getTextContent())
                .isEqualTo("7 Anmeldungen & mehr");
    }

    @Test
    void a_long_period_labels_only_some_days_but_draws_every_one() throws Exception {
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            days.add(new DayCount(FIRST.plusDays(i), i % 7));
        }

        Document svg = parse(chart(days));

        assertThat(bars(svg)).hasSize(60);
        NodeList texts = svg.getElementsByTagName("text");
        // Three scale numbers and eight day labels: every eighth day up to the 49th, then the last
        // (the 57th would crowd it).
        assertThat(texts.getLength()).isEqualTo(3 + 8);
        assertThat(texts.item(texts.getLength() - 1).getTextContent())
                .isEqualTo(FIRST.plusDays(59).toString());
        assertThat(texts.item(texts.getLength() - 2).getTextContent())
                .isEqualTo(FIRST.plusDays(48).toString());
        assertThat(RegistrationsChart.niceTop(1)).isEqualTo(2);
        assertThat(RegistrationsChart.niceTop(7)).isEqualTo(8);
    }

    private static String chart(List<DayCount> days) {
        return RegistrationsChart.svg(
                days,
                "Anmeldungen pro Tag",
                "Beschreibung",
                day -> day.day() + ": " + day.count(),
                day -> day.day().toString());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> bars(Document svg) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if ("bar".equals(rect.getAttribute("class"))) {
                bars.add(rect);
            }
        }
        return bars;
    }

    private static Element byId(Document svg, String tag, String id) {
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no " + tag + " with id " + id);
    }

    private static double height(Element bar) {
        return number(bar, "height");
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
