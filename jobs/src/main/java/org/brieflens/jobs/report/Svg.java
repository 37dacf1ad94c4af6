package org.brieflens.jobs.report;

/** The parts every SVG chart of the report shares: the opening tag with its accessible title, and plain text. */
final class Svg {
    /** Colours of the series and bars, in order; chosen to stay apart for common colour blindness. */
    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};

    private Svg() {
    }

    /** The opening {@code <svg>} tag with the chart's key, size, title element and visible title. */
    static String open(String key, String title, int width, int height) {
        String id = Html.text(key) + "-title";
        // No xmlns: the HTML parser puts inline <svg> in the SVG namespace by itself.
        return "<svg class=\"chart\" data-chart=\"" + Html.text(key)
                + "\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height
                + "\" role=\"img\" aria-labelledby=\"" + id + "\">\n<title id=\"" + id + "\">" + Html.text(title)
                + "</title>\n" + text("chart-title", 8, 20, "start", title);
    }

    /** A text element; the content is escaped. */
    static String text(String cssClass, double x, double y, String anchor, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + Html.px(x) + "\" y=\"" + Html.px(y) + "\" text-anchor=\""
                + anchor + "\">" + Html.text(content) + "</text>\n";
    }

    /** Text turned to read bottom-up, centred on (x, y): the title of a vertical axis. */
    static String verticalText(String cssClass, double x, double y, String content) {
        return "<text class=\"" + cssClass + "\" transform=\"translate(" + Html.px(x) + "," + Html.px(y)
                + ") rotate(-90)\" text-anchor=\"middle\">" + Html.text(content) + "</text>\n";
    }

    static String line(String cssClass, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cssClass + "\" x1=\"" + Html.px(x1) + "\" y1=\"" + Html.px(y1) + "\" x2=\""
                + Html.px(x2) + "\" y2=\"" + Html.px(y2) + "\"/>\n";
    }

    /** Shortens a label for display; the full text stays in the mark's tooltip and the data table. */
    static String shorten(String label, int maxChars) {
        if (label == null || label.length() <= maxChars) {
            return label;
        }
        return label.substring(0, maxChars - 1) + "\u2026";
    }

    static String colour(int index) {
        return PALETTE[index % PALETTE.length];
    }
}
