package org.brieflens.jobs.report;

/** How a chart writes its values, and the axis that suits them. */
enum ValueFormat {
    /** Whole numbers: mentions, documents. */
    COUNT,
    /** Shares from 0 to 1, written as percentages. */
    PERCENT,
    /** Scores with two decimals. */
    SCORE;

    String format(double value) {
        return switch (this) {
            case COUNT -> Html.count(Math.round(value));
            case PERCENT -> Html.percent(value);
            case SCORE -> Html.decimal(value, 2);
        };
    }

    /** A tick label: as {@link #format}, without trailing zeros. */
    String tick(double value) {
        return switch (this) {
            case COUNT -> Html.count(Math.round(value));
            case PERCENT -> Html.decimal(100 * value, 1) + "%";
            case SCORE -> Html.decimal(value, 2);
        };
    }

    Scale scale(double largest, double fromPx, double toPx) {
        return this == COUNT ? Scale.ofCounts(largest, fromPx, toPx) : Scale.ofValues(largest, fromPx, toPx);
    }
}
