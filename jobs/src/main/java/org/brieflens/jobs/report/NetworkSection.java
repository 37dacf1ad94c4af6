package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The competitor network over all dated documents: companies joined by the documents that assert
 * they compete, the strongest pairs with one evidence sentence each, and the list of that evidence.
 */
final class NetworkSection {
    /** At most this many edges in the network: a circle with more chords is unreadable. */
    static final int EDGES = 30;
    /** At most this many pairs in the table, each with its evidence sentence. */
    static final int PAIRS = 15;

    /**
     * @param pairs    the strongest pairs, strongest first
     * @param allPairs how many competitor pairs the output has
     */
    record Data(List<Pair> pairs, long allPairs) {
    }

    /**
     * @param documents documents asserting the pair
     * @param mentions  sentences asserting it
     * @param cue       the cue of the evidence sentence
     * @param evidence  the most confident sentence asserting the pair (latest on ties), or null if none was kept
     */
    record Pair(String a, String b, long documents, long mentions, String cue, Evidence evidence) {
    }

    private static final String PAIRS_QUERY = """
            WITH pairs AS (
              SELECT company_a, company_b, sum(documents) AS documents, sum(mentions) AS mentions
              FROM report_competitor_trends WHERE grain = 'month' AND relation_type = 'COMPETITOR'
              GROUP BY company_a, company_b HAVING documents > 0),
            top AS (SELECT * FROM pairs ORDER BY documents DESC, mentions DESC, company_a, company_b LIMIT %d),
            evidence AS (
              SELECT r.company_a, r.company_b,
                     max_by(struct(cue, doc_id, CAST(published_date AS STRING) AS date, section, evidence),
                            struct(confidence, published_date, doc_id, sentence_index)) AS best
              FROM report_relations r JOIN top t ON r.company_a = t.company_a AND r.company_b = t.company_b
              WHERE relation_type = 'COMPETITOR' GROUP BY r.company_a, r.company_b)
            SELECT t.company_a, t.company_b, t.documents, t.mentions, (SELECT count(*) FROM pairs) AS all_pairs, e.best
            FROM top t LEFT JOIN evidence e ON t.company_a = e.company_a AND t.company_b = e.company_b
            ORDER BY t.documents DESC, t.mentions DESC, t.company_a, t.company_b""";

    private NetworkSection() {
    }

    static Data load(ReportTables tables) {
        List<Pair> pairs = new ArrayList<>();
        long all = 0;
        for (Row row : tables.rows(PAIRS_QUERY.formatted(EDGES))) {
            Row best = row.isNullAt(5) ? null : row.getStruct(5);
            pairs.add(new Pair(row.getString(0), row.getString(1), row.getLong(2), row.getLong(3),
                    best == null ? null : best.getString(0), best == null ? null : Evidence.of(best, 1)));
            all = row.getLong(4);
        }
        return new Data(pairs, all);
    }

    static String html(Data data) {
        List<Edge> edges = data.pairs().stream().map(p -> new Edge(p.a(), p.b(), p.documents())).toList();
        String svg = NetworkChart.svg("competitors", "Competitor network, all dated documents",
                "Circle size: documents asserting competition with others; line width: documents asserting the pair.",
                edges);
        List<List<String>> edgeRows = data.pairs().stream()
                .map(p -> List.of(p.a(), p.b(), Html.count(p.documents()), Html.count(p.mentions()))).toList();
        return "<section id=\"competitors\">\n<h2>Competitors</h2>\n"
                + "<p class=\"note\">Pairs of companies a sentence says compete (<code>COMPETITOR</code> relations, not "
                + "mere co-mentions). The " + data.pairs().size() + " strongest of " + Html.count(data.allPairs())
                + " pairs by documents (at most " + EDGES + "), placed on a circle in order of their weight.</p>\n"
                + Figure.of(svg, List.of("Company A", "Company B", "Documents", "Statements"), edgeRows)
                + pairTable(data.pairs()) + evidenceList(data.pairs()) + "</section>\n";
    }

    private static String pairTable(List<Pair> pairs) {
        StringBuilder table = new StringBuilder("<h3>Strongest pairs</h3>\n<table class=\"pairs\">\n<thead><tr>"
                + "<th>Pair</th><th>Documents</th><th>Statements</th><th>Cue</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < Math.min(PAIRS, pairs.size()); i++) {
            Pair p = pairs.get(i);
            if (p.evidence() == null) {
                continue;
            }
            table.append("<tr><td>").append(Html.text(p.a() + " \u2013 " + p.b())).append("</td><td class=\"num\">")
                    .append(Html.count(p.documents())).append("</td><td class=\"num\">").append(Html.count(p.mentions()))
                    .append("</td><td>").append(Html.text(p.cue())).append("</td><td><a href=\"#competitor-evidence-")
                    .append(i + 1).append("\">").append(Html.text(p.evidence().docId())).append("</a></td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private static String evidenceList(List<Pair> pairs) {
        StringBuilder list = new StringBuilder("<h3>Evidence</h3>\n<ol class=\"evidence\">\n");
        for (int i = 0; i < Math.min(PAIRS, pairs.size()); i++) {
            Pair p = pairs.get(i);
            if (p.evidence() == null) {
                continue;
            }
            list.append("<li id=\"competitor-evidence-").append(i + 1).append("\"><strong>")
                    .append(Html.text(p.a() + " \u2013 " + p.b())).append("</strong>").append(p.evidence().html())
                    .append("</li>\n");
        }
        return list.append("</ol>\n").toString();
    }
}
