package org.brieflens.extract.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.brieflens.extract.amount.AmountLexicon.Currency;
import org.brieflens.nlp.Token;

/**
 * Finds money and percent expressions in a sentence's tokens, left to right, each token looked at
 * a bounded number of times. An expression is
 * {@code [currency prefix] number [range] [scale [scale]] [percent marker | currency suffix]}:
 * money needs a currency marker, a percent needs a percent marker, anything else ("1,000 jobs",
 * "20M users", "Q2 2025") is no amount. The number may carry glued parts ("3bn", "US$5", "20pc").
 *
 * <p>Ranges become one quantity whose value is the lower bound: a bare number joined to the next
 * one by a dash, "to" (not after "from": "from 5 to 7 percent" is a change, and keeps only "7
 * percent"; for money only with a scale after the second: "$3 to $4 billion", not "rose $5 to
 * $105") or "and" after "between" shares the unit written after the second ("5-7%",
 * "$1.2-1.5 billion", "between 5 and 7 percent"); two full expressions of one unit joined by a dash
 * or by "between ... and" merge too ("$3bn-$4bn", "between 5% and 7%"). "$3bn to $4bn" stays two.
 */
final class QuantityScanner {
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");
    private static final int MAX_SCALES = 2;

    private final AmountLexicon lex;

    QuantityScanner(AmountLexicon lex) {
        this.lex = lex;
    }

    /** The quantities of the tokens in text order; {@code lower} holds the token texts in lower case. */
    List<Quantity> scan(List<Token> tokens, String[] lower) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Quantity q = at(tokens, lower, i);
            if (q == null) {
                i++;
            } else {
                found.add(q);
                i = q.tokenEnd();
            }
        }
        return mergeRanges(found, lower);
    }

    /** The quantity starting at token {@code start}, or null. */
    private Quantity at(List<Token> tokens, String[] lower, int start) {
        int j = start;
        Currency cur = null;
        TokenPhrases.Match<Currency> pre = lex.currencies.at(tokens, lower, j, Currency::prefix);
        if (pre != null) {
            cur = pre.value();
            j += pre.length();
        }
        NumberToken num = j < tokens.size() ? NumberToken.parse(tokens.get(j).text(), lex) : null;
        if (num == null || cur != null && num.currency() != null) {
            return null;
        }
        cur = cur != null ? cur : num.currency();
        j++;
        double value = num.value();
        double scale = num.scale();
        boolean percent = num.percent();
        int upperEnd = num.bare() ? rangeUpperEnd(tokens, lower, start, j, cur) : -1;
        if (upperEnd > 0) {
            NumberToken upper = NumberToken.parse(tokens.get(upperEnd - 1).text(), lex);
            value = Math.min(value, upper.value());
            scale = upper.scale();
            percent = upper.percent();
            j = upperEnd;
        }
        int scales = scale == 1 ? 0 : 1;
        while (!percent && scales < MAX_SCALES && j < tokens.size()) {
            int k = DASHES.contains(lower[j]) ? j + 1 : j; // "53-billion"
            TokenPhrases.Match<Double> s = lex.scales.at(tokens, lower, k, x -> true);
            if (s == null) {
                break;
            }
            scale *= s.value();
            scales++;
            j = k + s.length();
        }
        if (!percent && cur == null && scales == 0) {
            TokenPhrases.Match<Boolean> p = lex.percents.at(tokens, lower, j, x -> true);
            if (p != null) {
                percent = true;
                j += p.length();
            }
        }
        if (!percent && cur == null) {
            boolean scaled = scales > 0;
            TokenPhrases.Match<Currency> suf = lex.currencies.at(tokens, lower, j,
                    c -> c.suffix() && (scaled || !c.needsScale()));
            if (suf != null) {
                cur = suf.value();
                j += suf.length();
            }
        }
        if (percent && cur == null && scales == 0) {
            return new Quantity(start, j, Amount.PERCENT, value, null, num.sign());
        }
        return cur != null && !percent ? new Quantity(start, j, Amount.MONEY, times(value, scale), cur.code(), num.sign())
                : null;
    }

    /** {@code value * scale} in decimal, so that "4.1 billion" is 4.1e9 and not 4.0999999999999995e9. */
    private static double times(double value, double scale) {
        return scale == 1 ? value : BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(scale)).doubleValue();
    }

    /**
     * Where the upper bound ends when a range connector follows a bare lower bound ending before
     * token {@code j} ("5-7", "5 to 7", "between 5 and 7", "$1-$2"), or -1.
     */
    private int rangeUpperEnd(List<Token> tokens, String[] lower, int start, int j, Currency cur) {
        if (j >= lower.length || !connector(lower, start, j)) {
            return -1;
        }
        int k = j + 1;
        if (cur != null) {
            TokenPhrases.Match<Currency> again = lex.currencies.at(tokens, lower, k,
                    c -> c.prefix() && c.code().equals(cur.code()));
            k += again == null ? 0 : again.length();
        }
        NumberToken upper = k < tokens.size() ? NumberToken.parse(tokens.get(k).text(), lex) : null;
        if (upper == null || upper.currency() != null || upper.sign() != 0) {
            return -1;
        }
        // "$3 to $4 billion" shares a scale; "rose $5 to $105" is a change and its level.
        boolean sharedScale = upper.scale() != 1 || lex.scales.at(tokens, lower, k + 1, x -> true) != null;
        return lower[j].equals("to") && cur != null && !sharedScale ? -1 : k + 1;
    }

    private static boolean connector(String[] lower, int start, int j) {
        String before = start > 0 ? lower[start - 1] : "";
        return DASHES.contains(lower[j]) || lower[j].equals("to") && !before.equals("from")
                || lower[j].equals("and") && before.equals("between");
    }

    /** Merges "$3bn-$4bn" and "between 5% and 7%" into one quantity with the lower value. */
    private static List<Quantity> mergeRanges(List<Quantity> found, String[] lower) {
        if (found.size() < 2) {
            return found;
        }
        List<Quantity> merged = new ArrayList<>(found.size());
        int i = 0;
        while (i < found.size()) {
            Quantity a = found.get(i);
            Quantity b = i + 1 < found.size() ? found.get(i + 1) : null;
            if (b != null && joined(a, b, lower)) {
                merged.add(new Quantity(a.tokenBegin(), b.tokenEnd(), a.kind(), Math.min(a.value(), b.value()),
                        a.currency(), a.sign()));
                i += 2;
            } else {
                merged.add(a);
                i++;
            }
        }
        return merged;
    }

    private static boolean joined(Quantity a, Quantity b, String[] lower) {
        if (!a.kind().equals(b.kind()) || !Objects.equals(a.currency(), b.currency())
                || b.tokenBegin() != a.tokenEnd() + 1) {
            return false;
        }
        String between = lower[a.tokenEnd()];
        return DASHES.contains(between)
                || between.equals("and") && a.tokenBegin() > 0 && lower[a.tokenBegin() - 1].equals("between");
    }
}
