package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The weekly values of the top entities of a trend table, over its latest weeks.
 *
 * @param periods     week starts (yyyy-MM-dd), oldest first
 * @param series      one per top entity, largest total first
 * @param entities    how many entities the table has in those weeks (the chart shows at most the top ones)
 * @param allPeriods  how many weeks the table has (the chart shows at most the latest ones)
 */
record TimeSeries(List<String> periods, List<Series> series, long entities, long allPeriods) {
    /** At most this many lines per chart: more are unreadable. */
    static final int TOP = 8;
    /** At most this many weeks (two years) per chart: keeps the page small on long corpora. */
    static final int WEEKS = 104;

    /** The week rows of one trend table, narrowed to the columns charted. */
    private static final String WEEKLY = """
            SELECT %2$s AS id, %3$s AS name, period_start, CAST(%4$s AS DOUBLE) AS value, mentions
            FROM %1$s WHERE grain = 'week' %5$s""";

    private static final String QUERY = """
            WITH weeks AS (SELECT period_start FROM (SELECT DISTINCT period_start FROM report_weekly)
                           ORDER BY period_start DESC LIMIT %2$d),
            shown AS (SELECT * FROM report_weekly WHERE period_start IN (SELECT period_start FROM weeks)),
            top AS (SELECT id, max_by(name, struct(mentions, name)) AS name, sum(mentions) AS total FROM shown
                    GROUP BY id HAVING total > 0 ORDER BY total DESC, id LIMIT %1$d)
            SELECT 'week' AS kind, CAST(period_start AS STRING) AS period, NULL AS id, NULL AS name, 0.0 AS value, 0 AS total
            FROM weeks
            UNION ALL
            SELECT 'value', CAST(s.period_start AS STRING), s.id, t.name, s.value, t.total
            FROM shown s JOIN top t ON s.id = t.id
            UNION ALL
            SELECT 'counts', NULL, NULL, NULL, (SELECT count(DISTINCT id) FROM shown WHERE mentions > 0),
                   (SELECT count(DISTINCT period_start) FROM report_weekly)""";

    /**
     * Loads the series from one trend table.
     *
     * @param view   the report view of the table
     * @param id     the entity id column
     * @param name   the entity name column
     * @param value  the column plotted ({@code share_of_voice} or {@code mentions})
     * @param filter a further SQL condition starting with AND, or empty
     */
    static TimeSeries load(ReportTables tables, String view, String id, String name, String value, String filter) {
        List<String> periods = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        long entities = 0;
        long allPeriods = 0;
        // Cached: the query reads the week rows five times, and the trend tables hold every grain.
        Dataset<Row> weekly = tables.sql(WEEKLY.formatted(view, id, name, value, filter)).cache();
        weekly.createOrReplaceTempView("report_weekly");
        List<Row> rows;
        try {
            rows = tables.rows(QUERY.formatted(TOP, WEEKS));
        } finally {
            weekly.unpersist();
        }
        for (Row row : rows) {
            switch (row.getString(0)) {
                case "week" -> periods.add(row.getString(1));
                case "value" -> {
                    names.putIfAbsent(row.getString(2), row.getString(3));
                    totals.put(row.getString(2), ((Number) row.get(5)).longValue());
                    values.computeIfAbsent(row.getString(2), k -> new LinkedHashMap<>()).put(row.getString(1), row.getDouble(4));
                }
                default -> {
                    entities = Math.round(row.getDouble(4));
                    allPeriods = ((Number) row.get(5)).longValue();
                }
            }
        }
        periods.sort(null);
        List<String> order = new ArrayList<>(names.keySet());
        order.sort((a, b) -> totals.get(b).equals(totals.get(a)) ? a.compareTo(b) : Long.compare(totals.get(b), totals.get(a)));
        List<Series> series = new ArrayList<>();
        for (String entity : order) {
            Map<String, Double> byPeriod = values.get(entity);
            series.add(new Series(names.get(entity), periods.stream().map(p -> byPeriod.getOrDefault(p, 0.0)).toList()));
        }
        return new TimeSeries(periods, series, entities, allPeriods);
    }

    /** The data table behind the chart: one row per week, one column per series. */
    List<List<String>> rows(ValueFormat format) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            List<String> row = new ArrayList<>(List.of(periods.get(i)));
            for (Series s : series) {
                row.add(format.format(s.values().get(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    List<String> headers(String first) {
        List<String> headers = new ArrayList<>(List.of(first));
        series.forEach(s -> headers.add(s.name()));
        return headers;
    }

    /** States the caps: "Top 8 of 120 companies, latest 104 of 150 weeks." */
    String capNote(String what) {
        return "Top " + series.size() + " of " + Html.count(entities) + " " + what + " by mentions over the "
                + (allPeriods > periods.size() ? "latest " + periods.size() + " of " + Html.count(allPeriods) : periods.size())
                + " weeks shown (at most " + TOP + " lines and " + WEEKS + " weeks).";
    }
}
