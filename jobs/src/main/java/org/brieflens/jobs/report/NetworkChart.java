package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network drawn on a circle: nodes ({@code <circle data-point="node">}) placed evenly around it
 * in order of weighted degree, then name, so the same edges always give the same picture; edges
 * ({@code <line data-point="edge">}) as straight chords whose width grows with their weight.
 */
final class NetworkChart {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 560;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = 300;
    private static final double RADIUS = 195;

    private NetworkChart() {
    }

    /**
     * @param caption what node size and edge width mean, shown under the title
     */
    static String svg(String key, String title, String caption, List<Edge> edges) {
        Map<String, Long> degree = weightedDegrees(edges);
        List<String> nodes = new ArrayList<>(degree.keySet());
        nodes.sort(Comparator.<String, Long>comparing(degree::get).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
            at.put(nodes.get(i), new double[] {CX + RADIUS * Math.cos(angle), CY + RADIUS * Math.sin(angle), angle});
        }
        StringBuilder svg = new StringBuilder(Svg.open(key, title, WIDTH, HEIGHT));
        svg.append(Svg.text("caption", 8, 40, "start", caption));
        if (edges.isEmpty()) {
            svg.append(Svg.text("no-data", CX, CY, "middle", "No data"));
        }
        long heaviest = edges.stream().mapToLong(Edge::weight).max().orElse(1);
        svg.append("<g class=\"edges\">\n");
        for (Edge edge : edges) {
            svg.append(edge(edge, at.get(edge.a()), at.get(edge.b()), heaviest));
        }
        svg.append("</g>\n<g class=\"nodes\">\n");
        long largest = degree.values().stream().mapToLong(Long::longValue).max().orElse(1);
        for (String node : nodes) {
            svg.append(node(node, at.get(node), degree.get(node), largest));
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** Each node with the summed weight of its edges, in first-seen order. */
    static Map<String, Long> weightedDegrees(List<Edge> edges) {
        Map<String, Long> degree = new LinkedHashMap<>();
        for (Edge edge : edges) {
            degree.merge(edge.a(), edge.weight(), Long::sum);
            degree.merge(edge.b(), edge.weight(), Long::sum);
        }
        return degree;
    }

    private static String edge(Edge edge, double[] a, double[] b, long heaviest) {
        double width = 1 + 5.0 * edge.weight() / heaviest;
        return "<line data-point=\"edge\" x1=\"" + Html.px(a[0]) + "\" y1=\"" + Html.px(a[1]) + "\" x2=\""
                + Html.px(b[0]) + "\" y2=\"" + Html.px(b[1]) + "\" stroke-width=\"" + Html.px(width) + "\"><title>"
                + Html.text(edge.a() + " \u2013 " + edge.b() + ": " + Html.count(edge.weight())) + "</title></line>\n";
    }

    /** A node and its label, placed outside the circle on the node's side of it. */
    private static String node(String name, double[] at, long degree, long largest) {
        double r = 4 + 8 * Math.sqrt(degree / (double) largest);
        double cos = Math.cos(at[2]);
        double sin = Math.sin(at[2]);
        String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        double labelX = at[0] + (r + 4) * cos;
        double labelY = at[1] + (r + 4) * sin + (sin > 0.2 ? 10 : sin < -0.2 ? -2 : 4);
        return "<circle data-point=\"node\" cx=\"" + Html.px(at[0]) + "\" cy=\"" + Html.px(at[1]) + "\" r=\""
                + Html.px(r) + "\"><title>" + Html.text(name + ": " + Html.count(degree)) + "</title></circle>\n"
                + Svg.text("node-label", labelX, labelY, anchor, Svg.shorten(name, 24));
    }
}
