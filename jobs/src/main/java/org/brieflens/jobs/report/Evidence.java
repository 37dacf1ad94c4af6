package org.brieflens.jobs.report;

import org.apache.spark.sql.Row;

/**
 * A sentence that backs a figure, with where it comes from.
 *
 * @param docId    the document
 * @param date     its publication date (yyyy-MM-dd), or empty when undated
 * @param section  the section of the sentence ({@code whats_next}, {@code title} ...)
 * @param sentence the sentence as written
 */
record Evidence(String docId, String date, String section, String sentence) {
    /** An evidence row from columns {@code doc_id, date, section, sentence} starting at {@code first}. */
    static Evidence of(Row row, int first) {
        String date = row.isNullAt(first + 1) ? "" : row.getString(first + 1);
        return new Evidence(row.getString(first), date, row.getString(first + 2), row.getString(first + 3));
    }

    /** The sentence as an HTML quote, with document, date and section beneath it. */
    String html() {
        return "<blockquote>" + Html.text(sentence) + "</blockquote><p class=\"source\">" + Html.text(docId)
                + (date.isEmpty() ? "" : ", " + Html.text(date)) + ", " + Html.text(section) + "</p>";
    }
}
