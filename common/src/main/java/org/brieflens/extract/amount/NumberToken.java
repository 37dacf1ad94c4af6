package org.brieflens.extract.amount;

/**
 * One token read as a number, with what is glued to it: "53", "1,200", ".5", "-5", "3bn", "20M",
 * "20pc", "US$5bn". Hand-written scanner, no regex: digits with optional comma groups of three and
 * an optional decimal part; the text before must be a prefix currency marker with a symbol in it
 * ("US$", "€"), the text after a scale word, a percent marker or a suffix currency marker.
 *
 * @param value    the number, without sign
 * @param sign     -1, 0 (none written) or +1
 * @param currency glued currency marker, or null
 * @param scale    glued scale multiplier, or 1
 * @param percent  whether a percent marker is glued
 */
record NumberToken(double value, int sign, AmountLexicon.Currency currency, double scale, boolean percent) {
    private static final int MAX_DIGITS = 15;

    /** Whether nothing but a sign is glued to the number. */
    boolean bare() {
        return currency == null && scale == 1 && !percent;
    }

    /** The token read as a number, or null when it is not one ("FY2025", "5G", "2Q25", "3,5"). */
    static NumberToken parse(String text, AmountLexicon lex) {
        int n = text.length();
        int i = 0;
        while (i < n && !numberStart(text, i)) {
            i++;
        }
        if (i == n || n > 40) {
            return null;
        }
        AmountLexicon.Currency currency = null;
        if (i > 0) {
            String prefix = text.substring(0, i);
            // The tokenizer splits "Rs1,200" and "EUR2.4bn"; a glued all-letter prefix is a name ("RS232").
            boolean symbol = !prefix.chars().allMatch(Character::isLetter);
            currency = symbol ? lex.currencies.single(prefix, AmountLexicon.Currency::prefix) : null;
            if (currency == null) {
                return null;
            }
        }
        int sign = 0;
        char c = text.charAt(i);
        if (c == '+' || c == '-' || c == '\u2212') {
            sign = c == '+' ? 1 : -1;
            i++;
        }
        int end = digitsEnd(text, i);
        if (end < 0) {
            return null;
        }
        double value = Double.parseDouble(text.substring(i, end).replace(",", ""));
        return withSuffix(text.substring(end), value, sign, currency, lex);
    }

    private static NumberToken withSuffix(String suffix, double value, int sign, AmountLexicon.Currency currency,
                                          AmountLexicon lex) {
        if (suffix.isEmpty()) {
            return new NumberToken(value, sign, currency, 1, false);
        }
        Double scale = lex.scales.single(suffix, s -> true);
        if (scale != null) {
            return new NumberToken(value, sign, currency, scale, false);
        }
        if (currency == null && lex.percents.single(suffix, p -> true) != null) {
            return new NumberToken(value, sign, null, 1, true);
        }
        AmountLexicon.Currency after = currency == null
                ? lex.currencies.single(suffix, cur -> cur.suffix() && !cur.needsScale()) : null;
        return after == null ? null : new NumberToken(value, sign, after, 1, false);
    }

    private static boolean numberStart(String text, int i) {
        char c = text.charAt(i);
        if (digit(c)) {
            return true;
        }
        boolean digitNext = i + 1 < text.length() && digit(text.charAt(i + 1));
        boolean dotDigitNext = i + 2 < text.length() && text.charAt(i + 1) == '.' && digit(text.charAt(i + 2));
        return (c == '.' && digitNext) || ((c == '+' || c == '-' || c == '\u2212') && (digitNext || dotDigitNext));
    }

    /** End of "1,234.5"-style digits starting at {@code i}, or -1 when they are malformed or too long. */
    private static int digitsEnd(String text, int i) {
        int n = text.length();
        int j = skipDigits(text, i);
        int digits = j - i;
        if (j < n && text.charAt(j) == ',') {
            if (digits == 0 || digits > 3) {
                return -1;
            }
            while (j < n && text.charAt(j) == ',') {
                if (!threeDigits(text, j + 1)) {
                    return -1; // "3,5" or "1,23": not an English number
                }
                j += 4;
                digits += 3;
            }
        }
        if (j + 1 < n && text.charAt(j) == '.' && digit(text.charAt(j + 1))) {
            int k = skipDigits(text, j + 1);
            digits += k - j - 1;
            j = k;
        }
        return digits == 0 || digits > MAX_DIGITS ? -1 : j;
    }

    private static int skipDigits(String text, int i) {
        int j = i;
        while (j < text.length() && digit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean threeDigits(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!digit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == text.length() || !digit(text.charAt(from + 3));
    }

    /** ASCII digits only: other scripts' digits would not parse. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
