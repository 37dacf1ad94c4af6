package org.brieflens.jobs.report;

import java.util.List;

/**
 * Assembles the self-contained page: inline style, the sections' HTML, and a small script that
 * only adds interaction (legend entries toggle their line); every chart is plain SVG that shows
 * without it.
 */
final class ReportPage {
    /** One part of the page: its anchor, its name in the navigation and its HTML. */
    record Part(String anchor, String name, String html) {
    }

    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 0 auto;
                   max-width: 1180px; padding: 0 20px 40px; }
            header { border-bottom: 1px solid #ddd; margin-bottom: 8px; }
            nav a { margin-right: 14px; }
            h2 { margin-top: 36px; border-bottom: 1px solid #eee; }
            .note, .source { color: #666; font-size: 13px; }
            .pair { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
            figure { margin: 8px 0 16px; }
            svg.chart { max-width: 100%; height: auto; font-size: 11px; background: #fff; }
            svg .chart-title { font-size: 14px; font-weight: 600; }
            svg .axis-title { font-size: 12px; fill: #444; }
            svg .tick, svg .caption, svg .no-data { fill: #555; }
            svg .grid { stroke: #eee; }
            svg .axis-line, svg .tick-mark { stroke: #888; }
            svg .series path { stroke-width: 2; }
            svg .series.hidden { display: none; }
            svg .legend-item { cursor: pointer; }
            svg .legend-item.off { opacity: 0.35; }
            svg .edges line { stroke: #7a9cc6; stroke-opacity: 0.7; }
            svg .nodes circle { fill: #1f77b4; stroke: #fff; }
            svg .node-label { font-size: 11px; }
            table { border-collapse: collapse; margin: 6px 0; font-size: 13px; }
            th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            details.chart-data summary { cursor: pointer; color: #1f77b4; }
            blockquote { margin: 4px 0 0; padding-left: 10px; border-left: 3px solid #ccd; }
            .evidence li, .evidence dd { margin-bottom: 8px; }
            .evidence p.source { margin: 2px 0 0; }
            :target { background: #fff7d6; }
            """;

    /** Legend entries toggle their series; nothing else depends on it. */
    private static final String SCRIPT = """
            document.querySelectorAll('svg.chart .legend-item').forEach(function (item) {
              item.addEventListener('click', function () {
                var series = item.closest('svg').querySelector('.series[data-series="' + item.dataset.series + '"]');
                item.classList.toggle('off', series.classList.toggle('hidden'));
              });
            });
            """;

    private ReportPage() {
    }

    /**
     * @param title    the page title
     * @param subtitle one line under it (what the page covers)
     * @param parts    the sections, in page order
     */
    static String html(String title, String subtitle, List<Part> parts) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.text(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n<h1>" + Html.text(title)
                + "</h1>\n<p class=\"note\">" + Html.text(subtitle) + "</p>\n<nav>");
        parts.forEach(p -> page.append("<a href=\"#").append(Html.text(p.anchor())).append("\">").append(Html.text(p.name()))
                .append("</a>"));
        page.append("</nav>\n</header>\n<main>\n");
        parts.forEach(p -> page.append(p.html()));
        return page.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }
}
