package org.brieflens.jobs.report;

import java.util.List;
import java.util.regex.Pattern;

/** An HTML table of already formatted cells; every cell is escaped, numeric cells are right-aligned. */
final class DataTable {
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,.]*%?");

    private DataTable() {
    }

    static String html(List<String> headers, List<List<String>> rows) {
        StringBuilder table = new StringBuilder("<table>\n<thead><tr>");
        headers.forEach(h -> table.append("<th>").append(Html.text(h)).append("</th>"));
        table.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            table.append("<tr>");
            row.forEach(cell -> table.append(cell(cell)));
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    /** The table folded under a summary, as the data behind a chart. */
    static String behindChart(List<String> headers, List<List<String>> rows) {
        return "<details class=\"chart-data\"><summary>Data (" + Html.count(rows.size()) + " rows)</summary>\n"
                + html(headers, rows) + "</details>\n";
    }

    private static String cell(String value) {
        boolean numeric = value != null && NUMERIC.matcher(value).matches();
        return (numeric ? "<td class=\"num\">" : "<td>") + Html.text(value) + "</td>";
    }
}
