package org.brieflens.jobs.report;

import java.util.List;

/**
 * A horizontal bar chart: one category per row (the vertical axis), the value along the
 * horizontal axis from zero, one {@code <rect data-point>} per bar with its value written beside it.
 */
final class BarChart {
    private static final int WIDTH = 560;
    private static final int LEFT = 190;
    private static final int RIGHT = WIDTH - 60;
    private static final int TOP = 40;
    private static final int ROW = 22;
    private static final int FOOT = 50;

    private BarChart() {
    }

    static String svg(ChartText text, List<Bar> bars, ValueFormat format) {
        int rows = Math.max(1, bars.size());
        int bottom = TOP + ROW * rows;
        int height = bottom + FOOT;
        Scale x = format.scale(bars.stream().mapToDouble(Bar::value).max().orElse(0), LEFT, RIGHT);
        StringBuilder svg = new StringBuilder(Svg.open(text.key(), text.title(), WIDTH, height));
        svg.append(valueAxis(x, format, bottom, text.xAxis()));
        svg.append(Svg.line("axis-line", LEFT, TOP, LEFT, bottom));
        svg.append(Svg.verticalText("axis-title", 14, (TOP + bottom) / 2.0, text.yAxis()));
        if (bars.isEmpty()) {
            svg.append(Svg.text("no-data", (LEFT + RIGHT) / 2.0, TOP + ROW * 0.7, "middle", "No data"));
        }
        for (int i = 0; i < bars.size(); i++) {
            svg.append(bar(i, bars.get(i), x, format));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String valueAxis(Scale x, ValueFormat format, int bottom, String title) {
        StringBuilder axis = new StringBuilder("<g class=\"axis x-axis\">\n");
        for (double tick : x.ticks()) {
            axis.append(Svg.line("grid", x.px(tick), TOP, x.px(tick), bottom));
            axis.append(Svg.text("tick", x.px(tick), bottom + 16, "middle", format.tick(tick)));
        }
        axis.append(Svg.line("axis-line", LEFT, bottom, RIGHT, bottom));
        axis.append(Svg.text("axis-title", (LEFT + RIGHT) / 2.0, bottom + 40, "middle", title));
        return axis.append("</g>\n").toString();
    }

    private static String bar(int index, Bar bar, Scale x, ValueFormat format) {
        double top = TOP + ROW * index + 3;
        double end = x.px(bar.value());
        String value = format.format(bar.value());
        return "<g class=\"bar\">"
                + Svg.text("category", LEFT - 6, top + 12, "end", Svg.shorten(bar.label(), 28))
                + "<rect data-point=\"" + index + "\" x=\"" + LEFT + "\" y=\"" + Html.px(top) + "\" width=\""
                + Html.px(Math.max(1, end - LEFT)) + "\" height=\"" + (ROW - 6) + "\" fill=\"" + Svg.colour(0)
                + "\"><title>" + Html.text(bar.label() + ": " + value) + "</title></rect>"
                + Svg.text("value", end + 4, top + 12, "start", value) + "</g>\n";
    }
}
