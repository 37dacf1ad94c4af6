package org.brieflens.jobs.report;

import java.util.List;
import org.apache.spark.sql.Row;

/** Countries and macro regions by mentions over the whole output, and the top countries per week. */
final class RegionSection {
    static final int TOP = 15;

    /**
     * @param countries      the top countries by mentions
     * @param countryCount   how many countries are mentioned at all
     * @param macroRegions   the top macro regions by mentions (their own plus their member countries')
     * @param macroCount     how many macro regions are mentioned at all
     * @param countriesByWeek weekly mentions of the top countries
     */
    record Data(List<Bar> countries, long countryCount, List<Bar> macroRegions, long macroCount,
                TimeSeries countriesByWeek) {
    }

    /** Totals over the month grain: every counted mention falls in exactly one month. */
    private static final String TOTALS = """
            SELECT max_by(region_name, struct(mentions, region_name)) AS name, sum(mentions) AS total,
                   (SELECT count(DISTINCT region_id) FROM report_region_trends
                    WHERE grain = 'month' AND region_type = '%1$s' AND mentions > 0) AS entities
            FROM report_region_trends WHERE grain = 'month' AND region_type = '%1$s'
            GROUP BY region_id HAVING total > 0 ORDER BY total DESC, name LIMIT %2$d""";

    private RegionSection() {
    }

    static Data load(ReportTables tables) {
        List<Row> countries = tables.rows(TOTALS.formatted("country", TOP));
        List<Row> macros = tables.rows(TOTALS.formatted("macro_region", TOP));
        return new Data(bars(countries), entities(countries), bars(macros), entities(macros),
                TimeSeries.load(tables, "report_region_trends", "region_id", "region_name", "mentions",
                        "AND region_type = 'country'"));
    }

    private static List<Bar> bars(List<Row> rows) {
        return rows.stream().map(r -> new Bar(r.getString(0), r.getLong(1))).toList();
    }

    private static long entities(List<Row> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).getLong(2);
    }

    static String html(Data data) {
        TimeSeries weekly = data.countriesByWeek();
        String overTime = LineChart.svg(new ChartText("regions-weekly", "Mentions of the top countries, per week",
                "Week starting (Monday)", "Mentions"), weekly.periods(), weekly.series(), ValueFormat.COUNT);
        return "<section id=\"regions\">\n<h2>Regions</h2>\n"
                + "<p class=\"note\">Countries however they are named (\u201cJapanese\u201d, \u201cTokyo\u201d count for Japan). "
                + "A macro region counts its own mentions plus its member countries\u2019, so macro regions overlap. "
                + "Top " + TOP + " of each, over all dated documents.</p>\n<div class=\"pair\">\n"
                + bars("regions-countries", "Countries by mentions", "countries", data.countries(), data.countryCount())
                + bars("regions-macro", "Macro regions by mentions", "macro regions", data.macroRegions(), data.macroCount())
                + "</div>\n<p class=\"note\">" + Html.text(weekly.capNote("countries")) + "</p>\n"
                + Figure.of(overTime, weekly.headers("Week"), weekly.rows(ValueFormat.COUNT))
                + "</section>\n";
    }

    private static String bars(String key, String title, String what, List<Bar> bars, long all) {
        String svg = BarChart.svg(new ChartText(key, title, "Mentions", "Region"), bars, ValueFormat.COUNT);
        List<List<String>> rows = bars.stream().map(b -> List.of(b.label(), ValueFormat.COUNT.format(b.value()))).toList();
        return "<div>" + Figure.of(svg, List.of("Region", "Mentions"), rows)
                + "<p class=\"note\">Top " + bars.size() + " of " + Html.count(all) + " " + what + ".</p></div>\n";
    }
}
