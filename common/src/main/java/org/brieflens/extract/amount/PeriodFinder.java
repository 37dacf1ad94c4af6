package org.brieflens.extract.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reporting periods in a sentence's words, left to right: quarters ("Q2 2025", "2Q25",
 * "Q3 FY2025", "Q2'25", "second quarter of fiscal 2025", "fourth-quarter 2024"), halves ("H1 2025",
 * "1H25", "first half of 2025") and years ("FY24", "fiscal 2024", "2025"; a bare year only from
 * 1990 to 2099, a two-digit year only after "FY", "CY" or an apostrophe). A quarter or half needs a
 * year near it ("in the second quarter" alone is no period). Patterns run on single short words.
 */
final class PeriodFinder {
    /**
     * A period found in words {@code [begin, end)}, labelled "2025-Q2", "2025-H1" or "2025".
     * A baseline ("compared to 2023", "from Q2 2024") is no amount's period.
     */
    record Period(int begin, int end, String label, boolean baseline) {
        Period(int begin, int end, String label) {
            this(begin, end, label, false);
        }
    }

    private static final Pattern PART =
            Pattern.compile("(?:([qh])([1-4])|([1-4])([qh]))(?:'?(?:fy|cy)?(\\d{4}|\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("(fy|cy|')?(\\d{4}|\\d{2})");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
    private static final Set<String> BEFORE_YEAR =
            Set.of("of", "the", "fiscal", "fy", "cy", "calendar", "year", ",", "'");
    private static final Set<String> BEFORE_PART = Set.of("fiscal", "calendar");
    private static final int MAX_GAP = 3;

    private PeriodFinder() {
    }

    /**
     * The periods of the words, in order, not overlapping.
     *
     * @param amountWord  per word, whether it belongs to an amount (such words are never a year)
     * @param comparisons words after which a period is a baseline ("from", "than", "compared" + "to"/"with")
     */
    static List<Period> find(Words words, boolean[] amountWord, Set<String> comparisons) {
        List<Period> found = new ArrayList<>();
        int w = 0;
        while (w < words.size()) {
            Period p = amountWord[w] ? null : at(words, amountWord, w);
            if (p == null) {
                w++;
            } else {
                found.add(baseline(words, p.begin(), comparisons) ? new Period(p.begin(), p.end(), p.label(), true) : p);
                w = p.end();
            }
        }
        return found;
    }

    /** Whether the words before {@code begin} make a period a baseline: "from (the) 2023", "compared with 2023". */
    private static boolean baseline(Words words, int begin, Set<String> comparisons) {
        int k = begin - 1;
        if (k >= 0 && (words.text(k).equals("the") || words.text(k).equals("a"))) {
            k--;
        }
        if (k >= 1 && (words.text(k).equals("to") || words.text(k).equals("with"))) {
            return words.text(k - 1).equals("compared") && comparisons.contains("compared");
        }
        return k >= 0 && comparisons.contains(words.text(k));
    }

    private static Period at(Words words, boolean[] amountWord, int w) {
        String text = words.text(w);
        char c = text.charAt(0);
        if (!(c >= '0' && c <= '9') && c != '\'' && c != 'q' && c != 'h' && c != 'f' && c != 'c'
                && !ORDINALS.containsKey(text)) {
            return null; // cheap guard: every period starts with a digit, an apostrophe, q, h, fy/fiscal, cy or an ordinal
        }
        Period part = partAt(words, amountWord, w);
        if (part != null) {
            return part.label().startsWith("?") ? null : part;
        }
        int year = year(text, false);
        int end = w + 1;
        if (year < 0 && (text.equals("fiscal") || text.equals("fy")) && end < words.size()) {
            int next = end + (words.text(end).equals("year") && end + 1 < words.size() ? 1 : 0);
            year = amountWord[next] ? -1 : year(words.text(next), text.equals("fy"));
            end = next + 1;
        }
        if (year < 0) {
            return null;
        }
        Period then = end < words.size() ? partAt(words, amountWord, end) : null; // "2025 Q2", "FY25 second quarter"
        return then != null && then.label().startsWith("?") ? new Period(w, then.end(), year + then.label().substring(1))
                : new Period(w, end, Integer.toString(year));
    }

    /** A quarter or half starting at word w, with its year; "?-Q2" when it has none. */
    private static Period partAt(Words words, boolean[] amountWord, int w) {
        String part = null;
        int year = -1;
        int end = w + 1;
        Matcher m = PART.matcher(words.text(w));
        Integer ordinal = ORDINALS.get(words.text(w));
        if (m.matches()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(4);
            int n = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            part = label(unit.equals("q") ? "Q" : "H", n);
            year = m.group(5) == null ? -1 : toYear(m.group(5));
        } else if (ordinal != null) {
            int k = end < words.size() && BEFORE_PART.contains(words.text(end)) ? end + 1 : end;
            if (k < words.size() && (words.text(k).equals("quarter") || words.text(k).equals("half"))) {
                part = label(words.text(k).equals("quarter") ? "Q" : "H", ordinal);
                end = k + 1;
            }
        }
        if (part == null) {
            return null;
        }
        if (year < 0) {
            int[] found = yearAfter(words, amountWord, end);
            year = found[0];
            end = year < 0 ? end : found[1];
        }
        return year < 0 ? new Period(w, end, "?" + part) : new Period(w, end, year + part);
    }

    private static String label(String unit, int n) {
        return unit.equals("H") && n > 2 ? null : "-" + unit + n;
    }

    /** The year within a few linking words after {@code from} ("of fiscal 2025", "'25"): {year, end} or {-1, 0}. */
    private static int[] yearAfter(Words words, boolean[] amountWord, int from) {
        boolean shortOk = false;
        for (int k = from; k < words.size() && k < from + MAX_GAP + 1 && !amountWord[k]; k++) {
            int year = year(words.text(k), shortOk);
            if (year >= 0) {
                return new int[] {year, k + 1};
            }
            if (!BEFORE_YEAR.contains(words.text(k))) {
                break;
            }
            shortOk = words.text(k).equals("fy") || words.text(k).equals("'");
        }
        return new int[] {-1, 0};
    }

    /** The year a word names, or -1; a bare two-digit year counts only when {@code shortOk}. */
    private static int year(String text, boolean shortOk) {
        if (text.length() > 6 || !(Character.isDigit(text.charAt(text.length() - 1)))) {
            return -1;
        }
        Matcher m = YEAR.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        boolean prefixed = m.group(1) != null;
        int year = toYear(m.group(2));
        if (m.group(2).length() == 2) {
            return prefixed || shortOk ? year : -1;
        }
        return prefixed ? year : year >= 1990 && year <= 2099 ? year : -1;
    }

    private static int toYear(String digits) {
        int n = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + n : n;
    }
}
