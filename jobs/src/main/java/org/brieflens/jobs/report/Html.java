package org.brieflens.jobs.report;

import java.util.Locale;

/** Escaping and number formatting for the report page. Every text that comes from data goes through {@link #text}. */
final class Html {
    private Html() {
    }

    /**
     * The text with the five characters that HTML and SVG give meaning to replaced by entities,
     * safe inside elements and quoted attributes alike; null becomes the empty string.
     */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A whole number with thousands separators: 19,023. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A number with at most the given decimals, no exponent: 0.25, 12.3. */
    static String decimal(double value, int decimals) {
        String fixed = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return decimals == 0 ? fixed : fixed.replaceAll("\\.?0+$", "");
    }

    /** A share (0 to 1) as a percentage with one decimal: 0.1234 becomes 12.3%. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** An SVG coordinate: one decimal is finer than a pixel and keeps the page small. */
    static String px(double value) {
        return decimal(value, 1);
    }
}
