package org.brieflens.jobs.report;

/** Weekly share of voice of the top groups (parents rolled up) and of the top companies themselves. */
final class ShareOfVoiceSection {
    /**
     * @param parents   from {@code parent_trends}
     * @param companies from {@code company_trends}
     */
    record Data(TimeSeries parents, TimeSeries companies) {
    }

    private ShareOfVoiceSection() {
    }

    static Data load(ReportTables tables) {
        return new Data(
                TimeSeries.load(tables, "report_parent_trends", "parent_id", "parent_name", "share_of_voice", ""),
                TimeSeries.load(tables, "report_company_trends", "company_id", "company_name", "share_of_voice", ""));
    }

    static String html(Data data) {
        return "<section id=\"share-of-voice\">\n<h2>Share of voice</h2>\n"
                + "<p class=\"note\">A company's mentions as a share of all company mentions in the week. Groups roll "
                + "subsidiaries and products up to their top-level parent (Amazon Web Services counts for Amazon).</p>\n"
                + chart("sov-parents", "Share of voice by group, per week", "groups", data.parents())
                + chart("sov-companies", "Share of voice by company, per week", "companies", data.companies())
                + "</section>\n";
    }

    private static String chart(String key, String title, String what, TimeSeries series) {
        String svg = LineChart.svg(new ChartText(key, title, "Week starting (Monday)", "Share of company mentions"),
                series.periods(), series.series(), ValueFormat.PERCENT);
        return "<p class=\"note\">" + Html.text(series.capNote(what)) + "</p>\n"
                + Figure.of(svg, series.headers("Week"), series.rows(ValueFormat.PERCENT));
    }
}
