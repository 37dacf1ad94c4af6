package org.brieflens.jobs.report;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** The run behind the page: its manifest (counts, duration, versions) and why documents were rejected. */
final class RunFactsSection {
    /**
     * @param manifest   the run's manifest as {@code _manifest.json} holds it
     * @param rejected   rejected documents of the run's batch by reason, most frequent first
     * @param statuses   documents of the whole output by status
     * @param batches    batches in the output
     * @param firstDate  the earliest publication date in the output, or empty
     * @param lastDate   the latest, or empty
     */
    record Data(Map<String, Object> manifest, List<Bar> rejected, List<Bar> statuses, long batches, String firstDate,
                String lastDate) {
    }

    private static final String STATUSES = """
            SELECT status, count(*) AS documents FROM report_documents GROUP BY status ORDER BY documents DESC, status""";

    private static final String COVERAGE = """
            SELECT count(DISTINCT batch), CAST(min(published_date) AS STRING), CAST(max(published_date) AS STRING)
            FROM report_documents""";

    private RunFactsSection() {
    }

    static Data load(ReportTables tables, Map<String, Object> manifest) {
        List<Bar> rejected = tables.spark().table("report_rejected")
                .where(col("batch").equalTo(String.valueOf(manifest.get("batch"))))
                .groupBy("reason").count().orderBy(col("count").desc(), col("reason")).collectAsList().stream()
                .map(r -> new Bar(r.getString(0), r.getLong(1))).toList();
        List<Bar> statuses = tables.rows(STATUSES).stream().map(r -> new Bar(r.getString(0), r.getLong(1))).toList();
        Row coverage = tables.rows(COVERAGE).get(0);
        return new Data(manifest, rejected, statuses, coverage.getLong(0),
                coverage.isNullAt(1) ? "" : coverage.getString(1), coverage.isNullAt(2) ? "" : coverage.getString(2));
    }

    static String html(Data data) {
        Map<String, Object> m = data.manifest();
        Map<?, ?> counts = (Map<?, ?>) m.getOrDefault("counts", Map.of());
        Map<?, ?> versions = (Map<?, ?>) m.getOrDefault("versions", Map.of());
        List<List<String>> run = new ArrayList<>();
        run.add(List.of("Batch", value(m.get("batch"))));
        run.add(List.of("Input", value(m.get("input_path"))));
        run.add(List.of("Output", value(m.get("output_path"))));
        run.add(List.of("Started", value(m.get("start_time"))));
        run.add(List.of("Duration", Html.decimal(number(m.get("duration_seconds")), 1) + " s"));
        run.add(List.of("Documents in", count(counts.get("input"))));
        run.add(List.of("Processed", count(counts.get("processed"))));
        run.add(List.of("of them undated", count(counts.get("undated"))));
        run.add(List.of("Rejected", count(counts.get("rejected"))));
        run.add(List.of("Tokens", count(counts.get("tokens"))));
        run.add(List.of("Mentions", count(counts.get("mentions"))));
        run.add(List.of("Relations", count(counts.get("relations"))));
        run.add(List.of("NLP profile", value(m.get("nlp_profile"))));
        run.add(List.of("Spark master", value(m.get("spark_master"))));
        versions.forEach((name, version) -> run.add(List.of("Version: " + name, value(version))));
        run.add(List.of("Run id", value(m.get("run_id"))));
        return "<section id=\"run\">\n<h2>The run</h2>\n<div class=\"pair\">\n<div>\n<h3>This run</h3>\n"
                + DataTable.html(List.of("Fact", "Value"), run)
                + "</div>\n<div>\n<h3>Rejected in this run, by reason</h3>\n"
                + (data.rejected().isEmpty() ? "<p>None.</p>\n" : DataTable.html(List.of("Reason", "Documents"), rows(data.rejected())))
                + "<h3>The whole output</h3>\n<p>" + Html.count(data.batches()) + " batch(es); publication dates "
                + (data.firstDate().isEmpty() ? "none" : Html.text(data.firstDate()) + " to " + Html.text(data.lastDate()))
                + ".</p>\n" + DataTable.html(List.of("Document status", "Documents"), rows(data.statuses()))
                + "</div>\n</div>\n</section>\n";
    }

    private static List<List<String>> rows(List<Bar> bars) {
        return bars.stream().map(b -> List.of(b.label(), ValueFormat.COUNT.format(b.value()))).toList();
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String count(Object value) {
        return Html.count(Math.round(number(value)));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
