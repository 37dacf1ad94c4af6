package org.brieflens.jobs.report;

import java.util.List;

/**
 * A line chart of series over the same periods: one path and one {@code <circle data-point>}
 * per value, a value axis from zero, period labels on the x axis and a legend whose entries
 * toggle their series when the page's script runs.
 */
final class LineChart {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 330;
    private static final int LEFT = 64;
    private static final int RIGHT = WIDTH - 190;
    private static final int TOP = 40;
    private static final int BOTTOM = HEIGHT - 56;
    private static final int X_LABELS = 6;

    private LineChart() {
    }

    /**
     * @param periods the x axis labels, one per value of every series, in order
     * @param series  the lines; each must have one value per period
     */
    static String svg(ChartText text, List<String> periods, List<Series> series, ValueFormat format) {
        for (Series s : series) {
            if (s.values().size() != periods.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + periods.size() + " periods");
            }
        }
        double largest = series.stream().mapToDouble(Series::max).max().orElse(0);
        Scale y = format.scale(largest, BOTTOM, TOP);
        StringBuilder svg = new StringBuilder(Svg.open(text.key(), text.title(), WIDTH, HEIGHT));
        svg.append(valueAxis(y, format, text.yAxis()));
        svg.append(periodAxis(periods, text.xAxis()));
        if (series.isEmpty() || periods.isEmpty()) {
            svg.append(Svg.text("no-data", (LEFT + RIGHT) / 2.0, (TOP + BOTTOM) / 2.0, "middle", "No data"));
        }
        for (int i = 0; i < series.size(); i++) {
            svg.append(line(i, series.get(i), periods, y, format));
        }
        svg.append(legend(series));
        return svg.append("</svg>\n").toString();
    }

    private static String valueAxis(Scale y, ValueFormat format, String title) {
        StringBuilder axis = new StringBuilder("<g class=\"axis y-axis\">\n");
        for (double tick : y.ticks()) {
            axis.append(Svg.line("grid", LEFT, y.px(tick), RIGHT, y.px(tick)));
            axis.append(Svg.text("tick", LEFT - 6, y.px(tick) + 4, "end", format.tick(tick)));
        }
        axis.append(Svg.line("axis-line", LEFT, TOP, LEFT, BOTTOM));
        axis.append(Svg.verticalText("axis-title", 14, (TOP + BOTTOM) / 2.0, title));
        return axis.append("</g>\n").toString();
    }

    private static String periodAxis(List<String> periods, String title) {
        StringBuilder axis = new StringBuilder("<g class=\"axis x-axis\">\n");
        axis.append(Svg.line("axis-line", LEFT, BOTTOM, RIGHT, BOTTOM));
        int every = Math.max(1, (int) Math.ceil(periods.size() / (double) X_LABELS));
        for (int i = 0; i < periods.size(); i += every) {
            double x = x(i, periods.size());
            axis.append(Svg.line("tick-mark", x, BOTTOM, x, BOTTOM + 4));
            axis.append(Svg.text("tick", x, BOTTOM + 18, "middle", periods.get(i)));
        }
        axis.append(Svg.text("axis-title", (LEFT + RIGHT) / 2.0, HEIGHT - 10, "middle", title));
        return axis.append("</g>\n").toString();
    }

    private static String line(int index, Series series, List<String> periods, Scale y, ValueFormat format) {
        StringBuilder path = new StringBuilder();
        StringBuilder points = new StringBuilder();
        List<Double> values = series.values();
        for (int i = 0; i < values.size(); i++) {
            double px = x(i, values.size());
            double py = y.px(values.get(i));
            path.append(i == 0 ? "M" : " L").append(Html.px(px)).append(',').append(Html.px(py));
            points.append("<circle data-point=\"").append(i).append("\" cx=\"").append(Html.px(px))
                    .append("\" cy=\"").append(Html.px(py)).append("\" r=\"2.5\"><title>")
                    .append(Html.text(series.name() + ", " + periods.get(i) + ": " + format.format(values.get(i))))
                    .append("</title></circle>\n");
        }
        return "<g class=\"series\" data-series=\"" + index + "\" stroke=\"" + Svg.colour(index) + "\" fill=\""
                + Svg.colour(index) + "\">\n<path class=\"line\" fill=\"none\" d=\"" + path + "\"/>\n" + points + "</g>\n";
    }

    private static String legend(List<Series> series) {
        StringBuilder legend = new StringBuilder("<g class=\"legend\">\n");
        for (int i = 0; i < series.size(); i++) {
            double y = TOP + 4 + 18 * i;
            legend.append("<g class=\"legend-item\" data-series=\"").append(i).append("\">")
                    .append("<rect x=\"").append(RIGHT + 14).append("\" y=\"").append(Html.px(y - 9))
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(Svg.colour(i)).append("\"/>")
                    .append(Svg.text("legend-label", RIGHT + 32, y + 1, "start", Svg.shorten(series.get(i).name(), 22)))
                    .append("</g>\n");
        }
        return legend.append("</g>\n").toString();
    }

    /** The x position of the i-th of n periods; a single period sits in the middle. */
    private static double x(int i, int n) {
        return n == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + (RIGHT - LEFT) * i / (double) (n - 1);
    }
}
