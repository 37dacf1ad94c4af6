package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The fastest-rising companies and regions of the latest week (from {@code trending}), each with
 * sentences of that trending window that name it. Sentence text comes from the relation and
 * amount evidence and the titles the tables keep, so an entity may have fewer examples than mentions.
 */
final class RisingSection {
    static final int TOP = 10;
    static final int EXAMPLES = 3;

    /**
     * @param period   the latest week, or empty when the output has no dated documents
     * @param companies rising companies, fastest first
     * @param regions   rising countries and macro regions, fastest first
     */
    record Data(String period, List<Rising> companies, List<Rising> regions) {
    }

    /** One trending entity with its score, window counts and example sentences. */
    record Rising(String type, String key, String name, long shortMentions, long longMentions, int shortPeriods,
                  int longPeriods, double score, List<Evidence> evidence) {
    }

    private static final String TRENDING = """
            SELECT entity_type, concat(entity_type, ':', entity_id) AS key, entity_name, short_mentions, long_mentions,
                   short_periods, long_periods, score, CAST(period_start AS STRING) AS period,
                   date_sub(period_start, 7 * (short_periods - 1)) AS window_start, date_add(period_start, 7) AS window_end
            FROM report_trending
            WHERE grain = 'week' AND score > 0 AND rank <= %d AND entity_type IN ('company', 'country', 'macro_region')""";

    /** Mentions keyed like the trending rows: a company by id (or name), a country by code, a macro region by id. */
    private static final String KEYED_MENTIONS = """
            SELECT concat('company:', coalesce(entity_id, entity_name)) AS key, m.* FROM report_kept_mentions m
            WHERE entity_type IN ('COMPANY', 'PRODUCT')
            UNION ALL
            SELECT concat('country:', country_code), m.* FROM report_kept_mentions m
            WHERE entity_type = 'REGION' AND country_code IS NOT NULL
            UNION ALL
            SELECT concat('macro_region:', entity_id), m.* FROM report_kept_mentions m
            WHERE entity_type = 'REGION' AND resolved AND country_code IS NULL
            UNION ALL
            SELECT concat('macro_region:', g.macro_id), m.* FROM report_kept_mentions m
            JOIN report_macro_members g ON m.country_code = g.country_code
            WHERE m.entity_type = 'REGION'""";

    private static final String EVIDENCE = """
            WITH found AS (
              SELECT r.key, m.doc_id, CAST(m.published_date AS STRING) AS date, m.section,
                     coalesce(s.sentence, CASE WHEN m.section IN ('title', 'lead') THEN d.title END) AS sentence,
                     m.sentence_index
              FROM report_rising r
              JOIN report_keyed_mentions m ON m.key = r.key
                AND m.published_date >= r.window_start AND m.published_date < r.window_end
              JOIN report_kept_documents d ON m.doc_id = d.doc_id AND m.batch = d.batch
              LEFT JOIN report_sentences s ON m.doc_id = s.doc_id AND m.batch = s.batch AND m.sentence_index = s.sentence_index),
            distinct_sentences AS (
              SELECT key, sentence, min_by(struct(doc_id, date, section), struct(date, doc_id)) AS first
              FROM found WHERE sentence IS NOT NULL GROUP BY key, sentence)
            SELECT key, first.doc_id, first.date, first.section, sentence FROM (
              SELECT *, row_number() OVER (PARTITION BY key ORDER BY first.date DESC, first.doc_id, sentence) AS n
              FROM distinct_sentences)
            WHERE n <= %d""";

    private RisingSection() {
    }

    static Data load(ReportTables tables) {
        MacroMembers.register(tables.spark());
        tables.sql(TRENDING.formatted(TOP)).createOrReplaceTempView("report_rising");
        tables.sql(KEYED_MENTIONS).createOrReplaceTempView("report_keyed_mentions");
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Row row : tables.rows(EVIDENCE.formatted(EXAMPLES))) {
            evidence.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(Evidence.of(row, 1));
        }
        List<Rising> companies = new ArrayList<>();
        List<Rising> regions = new ArrayList<>();
        String period = "";
        for (Row row : tables.rows("SELECT * FROM report_rising ORDER BY score DESC, key")) {
            Rising rising = new Rising(row.getString(0), row.getString(1), row.getString(2), row.getLong(3),
                    row.getLong(4), row.getInt(5), row.getInt(6), row.getDouble(7),
                    evidence.getOrDefault(row.getString(1), List.of()));
            (rising.type().equals("company") ? companies : regions).add(rising);
            period = row.getString(8);
        }
        return new Data(period, companies, regions.subList(0, Math.min(TOP, regions.size())));
    }

    static String html(Data data) {
        StringBuilder html = new StringBuilder("<section id=\"rising\">\n<h2>Rising fastest</h2>\n");
        if (data.period().isEmpty()) {
            return html.append("<p>No dated documents, so nothing can rise.</p>\n</section>\n").toString();
        }
        html.append("<p class=\"note\">Week of ").append(Html.text(data.period())).append(": entities whose mentions in the "
                + "latest two weeks lie furthest above their rate over the twelve weeks before (the <code>trending</code> "
                + "table's score; only positive scores). At most ").append(TOP).append(" companies and ").append(TOP)
                .append(" regions, with up to ").append(EXAMPLES).append(" example sentences each from those two weeks.</p>\n");
        html.append("<div class=\"pair\">\n")
                .append(chart("rising-companies", "Rising companies, week of " + data.period(), data.companies()))
                .append(chart("rising-regions", "Rising countries and macro regions, week of " + data.period(), data.regions()))
                .append("</div>\n");
        html.append(list("Companies", data.companies())).append(list("Regions", data.regions()));
        return html.append("</section>\n").toString();
    }

    private static String chart(String key, String title, List<Rising> rising) {
        List<Bar> bars = rising.stream().map(r -> new Bar(r.name(), r.score())).toList();
        String svg = BarChart.svg(new ChartText(key, title, "Trend score (standard deviations above the long-run rate)",
                "Entity"), bars, ValueFormat.SCORE);
        List<List<String>> rows = rising.stream().map(r -> List.of(r.name(), r.type(), Html.count(r.shortMentions()),
                Html.count(r.longMentions()), Html.decimal(r.score(), 2))).toList();
        return Figure.of(svg, List.of("Entity", "Type", "Mentions, latest 2 weeks", "Mentions, 12 weeks before", "Score"), rows);
    }

    private static String list(String heading, List<Rising> rising) {
        StringBuilder html = new StringBuilder("<h3>").append(heading).append(": what was said</h3>\n<dl class=\"evidence\">\n");
        for (Rising r : rising) {
            html.append("<dt>").append(Html.text(r.name())).append(" <span class=\"note\">(")
                    .append(Html.count(r.shortMentions())).append(" mentions in ").append(r.shortPeriods())
                    .append(" weeks, ").append(Html.count(r.longMentions())).append(" in the ").append(r.longPeriods())
                    .append(" before)</span></dt>\n");
            if (r.evidence().isEmpty()) {
                html.append("<dd class=\"note\">No sentence text kept for these mentions.</dd>\n");
            }
            r.evidence().forEach(e -> html.append("<dd>").append(e.html()).append("</dd>\n"));
        }
        return html.append("</dl>\n").toString();
    }
}
