package org.brieflens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG chart writers: well-formed, escaped, with titled axes and one mark per data point. */
class ChartWritersTest {
    private static final String NASTY = "<AT&T> \"Q\" 'R' </svg><script>alert(1)</script>";

    @Test
    void lineChartHasOneCirclePerValueAndOnePathPerSeries() {
        List<String> weeks = List.of("2026-08-03", "2026-08-10", "2026-08-17");
        String svg = LineChart.svg(new ChartText("sov", "Share", "Week starting", "Share of mentions"), weeks,
                List.of(new Series("Nvidia", List.of(0.5, 0.25, 0.0)), new Series("AMD", List.of(0.1, 0.2, 0.3))),
                ValueFormat.PERCENT);
        Markup markup = Markup.parse(svg);

        assertThat(markup.elements("svg")).singleElement().satisfies(s -> assertThat(s.getAttribute("data-chart")).isEqualTo("sov"));
        assertThat(markup.withAttribute("data-point")).hasSize(6).allMatch(e -> e.getTagName().equals("circle"));
        assertThat(markup.elements("path")).hasSize(2);
        assertThat(markup.texts("text", "axis-title")).containsExactly("Share of mentions", "Week starting");
        assertThat(markup.texts("text", "tick")).contains("0%", "20%", "60%", "2026-08-03", "2026-08-17");
        assertThat(markup.texts("text", "legend-label")).containsExactly("Nvidia", "AMD");
        assertThat(markup.elements("title").get(0).getTextContent()).isEqualTo("Share");
    }

    @Test
    void lineChartPlotsLargerValuesHigher() {
        String svg = LineChart.svg(new ChartText("c", "t", "x", "y"), List.of("a", "b"),
                List.of(new Series("s", List.of(1.0, 7.0))), ValueFormat.COUNT);
        List<Element> points = Markup.parse(svg).withAttribute("data-point");

        double low = Double.parseDouble(points.get(0).getAttribute("cy"));
        double high = Double.parseDouble(points.get(1).getAttribute("cy"));
        assertThat(high).isLessThan(low); // SVG's y grows downwards
        assertThat(Double.parseDouble(points.get(1).getAttribute("cx")))
                .isGreaterThan(Double.parseDouble(points.get(0).getAttribute("cx")));
    }

    @Test
    void lineChartRefusesSeriesThatDoNotMatchThePeriods() {
        assertThatThrownBy(() -> LineChart.svg(new ChartText("c", "t", "x", "y"), List.of("a", "b"),
                List.of(new Series("short", List.of(1.0))), ValueFormat.COUNT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'short' has 1 values for 2 periods");
    }

    @Test
    void chartsWithoutDataSayNoDataAndHaveNoPoints() {
        String line = LineChart.svg(new ChartText("l", "t", "x", "y"), List.of(), List.of(), ValueFormat.COUNT);
        String bars = BarChart.svg(new ChartText("b", "t", "x", "y"), List.of(), ValueFormat.COUNT);
        String network = NetworkChart.svg("n", "t", "caption", List.of());

        for (String svg : List.of(line, bars, network)) {
            Markup markup = Markup.parse(svg);
            assertThat(markup.withAttribute("data-point")).isEmpty();
            assertThat(markup.texts("text", "no-data")).containsExactly("No data");
            assertThat(svg).doesNotContain("NaN", "Infinity");
        }
    }

    @Test
    void everyTextIsEscapedAndReadsBackUnchanged() {
        String line = LineChart.svg(new ChartText(NASTY, NASTY, NASTY, NASTY), List.of(NASTY),
                List.of(new Series(NASTY, List.of(3.0))), ValueFormat.COUNT);
        String bars = BarChart.svg(new ChartText("b", NASTY, NASTY, NASTY), List.of(new Bar(NASTY, 2)), ValueFormat.COUNT);
        String network = NetworkChart.svg("n", NASTY, NASTY, List.of(new Edge(NASTY, "B&B", 1)));

        for (String svg : List.of(line, bars, network)) {
            Markup markup = Markup.parse(svg);
            assertThat(markup.elements("script")).isEmpty();
            assertThat(markup.elements("svg")).hasSize(1);
            assertThat(markup.text()).contains(NASTY);
        }
        assertThat(Markup.parse(line).elements("svg").get(0).getAttribute("data-chart")).isEqualTo(NASTY);
    }

    @Test
    void barChartHasOneRectPerBarWithWidthsInProportion() {
        String svg = BarChart.svg(new ChartText("bars", "Countries", "Mentions", "Country"),
                List.of(new Bar("India", 40), new Bar("Japan", 10), new Bar("Chile", 0)), ValueFormat.COUNT);
        Markup markup = Markup.parse(svg);
        List<Element> bars = markup.withAttribute("data-point");

        assertThat(bars).hasSize(3).allMatch(e -> e.getTagName().equals("rect"));
        double india = Double.parseDouble(bars.get(0).getAttribute("width"));
        double japan = Double.parseDouble(bars.get(1).getAttribute("width"));
        assertThat(india / japan).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Double.parseDouble(bars.get(2).getAttribute("width"))).isPositive(); // a zero still shows
        assertThat(markup.texts("text", "category")).containsExactly("India", "Japan", "Chile");
        assertThat(markup.texts("text", "value")).containsExactly("40", "10", "0");
        assertThat(markup.texts("text", "axis-title")).containsExactly("Mentions", "Country");
    }

    @Test
    void networkHasANodePerCompanyAndALinePerEdge() {
        List<Edge> edges = List.of(new Edge("AMD", "Nvidia", 5), new Edge("AMD", "Intel", 2), new Edge("Intel", "Nvidia", 1));
        Markup markup = Markup.parse(NetworkChart.svg("net", "Competitors", "caption", edges));

        assertThat(markup.elements("circle")).hasSize(3).allMatch(e -> e.getAttribute("data-point").equals("node"));
        assertThat(markup.elements("line")).hasSize(3).allMatch(e -> e.getAttribute("data-point").equals("edge"));
        assertThat(markup.texts("text", "node-label")).containsExactly("AMD", "Nvidia", "Intel"); // by weighted degree
        double heaviest = Double.parseDouble(markup.elements("line").get(0).getAttribute("stroke-width"));
        double lightest = Double.parseDouble(markup.elements("line").get(2).getAttribute("stroke-width"));
        assertThat(heaviest).isGreaterThan(lightest);
    }

    @Test
    void networkLayoutDoesNotDependOnEdgeOrder() {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            edges.add(new Edge("Company " + i, "Company " + (i * 7 % 12 == i ? i + 1 : i * 7 % 12), 1 + i % 3));
        }
        List<Edge> shuffled = new ArrayList<>(edges);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(nodes(NetworkChart.svg("n", "t", "c", shuffled))).isEqualTo(nodes(NetworkChart.svg("n", "t", "c", edges)));
    }

    private static List<String> nodes(String svg) {
        return Markup.parse(svg).elements("circle").stream()
                .map(c -> c.getTextContent() + "@" + c.getAttribute("cx") + "," + c.getAttribute("cy")).sorted().toList();
    }
}
