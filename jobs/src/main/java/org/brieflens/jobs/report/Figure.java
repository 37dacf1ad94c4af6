package org.brieflens.jobs.report;

import java.util.List;

/** A chart with the table of its data beneath it, as one {@code <figure>}. */
final class Figure {
    private Figure() {
    }

    static String of(String svg, List<String> headers, List<List<String>> rows) {
        return "<figure>\n" + svg + DataTable.behindChart(headers, rows) + "</figure>\n";
    }
}
