package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What the briefs say in "What's Happening" against "What's Next": the companies and regions each
 * section names most, and example sentences of each. Articles without brief headings have neither
 * section, so a corpus of plain articles leaves this part empty.
 */
final class BriefSectionsSection {
    static final int TOP = 10;
    static final int EXAMPLES = 4;
    /** The sections compared, by code: the present before the future. */
    static final List<String> SECTIONS = List.of("whats_happening", "whats_next");

    /** One section's profile. */
    record Profile(String code, String heading, List<Bar> companies, List<Bar> regions, List<Evidence> examples) {
    }

    record Data(List<Profile> profiles) {
    }

    private static final String TOP_NAMED = """
            SELECT section, kind, name, mentions FROM (
              SELECT *, row_number() OVER (PARTITION BY section, kind ORDER BY mentions DESC, name) AS n FROM (
                SELECT section, 'company' AS kind, min(entity_name) AS name, count(*) AS mentions
                FROM report_kept_mentions WHERE entity_type IN ('COMPANY', 'PRODUCT') AND section IN ('whats_happening', 'whats_next')
                GROUP BY section, coalesce(entity_id, entity_name)
                UNION ALL
                SELECT section, 'region', min(entity_name), count(*)
                FROM report_kept_mentions WHERE entity_type = 'REGION' AND resolved AND section IN ('whats_happening', 'whats_next')
                GROUP BY section, coalesce(country_code, entity_id)))
            WHERE n <= %d ORDER BY section, kind, n""";

    /** Sentences of the sections that the tables keep text of, those naming the most entities first. */
    private static final String EXAMPLES_QUERY = """
            WITH kept AS (
              SELECT doc_id, batch, sentence_index, section, evidence AS sentence, published_date FROM report_relations
              UNION ALL
              SELECT doc_id, batch, sentence_index, section, evidence, published_date FROM report_amounts),
            sentences AS (
              SELECT k.doc_id, k.batch, k.sentence_index, k.section, min(k.sentence) AS sentence,
                     min(k.published_date) AS published_date
              FROM kept k JOIN report_kept_documents d ON k.doc_id = d.doc_id AND k.batch = d.batch
              WHERE k.section IN ('whats_happening', 'whats_next') GROUP BY k.doc_id, k.batch, k.sentence_index, k.section),
            named AS (
              SELECT doc_id, batch, sentence_index, count(*) AS entities FROM report_kept_mentions
              WHERE entity_type IN ('COMPANY', 'PRODUCT', 'REGION') GROUP BY doc_id, batch, sentence_index),
            ranked AS (
              SELECT s.*, row_number() OVER (PARTITION BY s.section
                       ORDER BY coalesce(n.entities, 0) DESC, s.published_date DESC, s.doc_id, s.sentence_index) AS k
              FROM sentences s LEFT JOIN named n
                ON s.doc_id = n.doc_id AND s.batch = n.batch AND s.sentence_index = n.sentence_index)
            SELECT section, doc_id, CAST(published_date AS STRING), section, sentence FROM ranked
            WHERE k <= %d ORDER BY section, k""";

    private BriefSectionsSection() {
    }

    static Data load(ReportTables tables) {
        Map<String, List<Bar>> named = new LinkedHashMap<>();
        for (Row row : tables.rows(TOP_NAMED.formatted(TOP))) {
            named.computeIfAbsent(row.getString(0) + "/" + row.getString(1), k -> new ArrayList<>())
                    .add(new Bar(row.getString(2), row.getLong(3)));
        }
        Map<String, List<Evidence>> examples = new LinkedHashMap<>();
        for (Row row : tables.rows(EXAMPLES_QUERY.formatted(EXAMPLES))) {
            examples.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(Evidence.of(row, 1));
        }
        List<Profile> profiles = new ArrayList<>();
        SECTIONS.forEach(code -> profiles.add(new Profile(code, heading(code),
                named.getOrDefault(code + "/company", List.of()), named.getOrDefault(code + "/region", List.of()),
                examples.getOrDefault(code, List.of()))));
        return new Data(profiles);
    }

    /** The heading a brief gives the section. */
    static String heading(String code) {
        return code.equals("whats_next") ? "What’s Next" : "What’s Happening";
    }

    static String html(Data data) {
        StringBuilder html = new StringBuilder("<section id=\"brief-sections\">\n<h2>What\u2019s Happening and What\u2019s Next</h2>\n"
                + "<p class=\"note\">Mentions in the two brief sections, over all processed documents (undated ones "
                + "included). Top " + TOP + " companies and regions of each, and up to " + EXAMPLES + " example sentences "
                + "(sentences that assert a relation or state an amount, naming the most entities).</p>\n");
        for (Profile profile : data.profiles()) {
            html.append("<h3>").append(Html.text(profile.heading())).append("</h3>\n<div class=\"pair\">\n")
                    .append(chart(profile, "companies", "Companies", profile.companies()))
                    .append(chart(profile, "regions", "Regions", profile.regions()))
                    .append("</div>\n<ul class=\"evidence\">\n");
            if (profile.examples().isEmpty()) {
                html.append("<li class=\"note\">No example sentences.</li>\n");
            }
            profile.examples().forEach(e -> html.append("<li>").append(e.html()).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String chart(Profile profile, String kind, String label, List<Bar> bars) {
        String title = label + " named in \u201c" + profile.heading() + "\u201d";
        String svg = BarChart.svg(new ChartText("section-" + profile.code() + "-" + kind, title, "Mentions", label),
                bars, ValueFormat.COUNT);
        List<List<String>> rows = bars.stream().map(b -> List.of(b.label(), ValueFormat.COUNT.format(b.value()))).toList();
        return Figure.of(svg, List.of(label, "Mentions"), rows);
    }
}
