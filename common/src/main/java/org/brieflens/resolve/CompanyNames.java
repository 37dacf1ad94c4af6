package org.brieflens.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises company names as written so that "Oracle Corp.'s", "Alibaba Group Holding Ltd."
 * and "ORACLE" reach the same gazetteer key.
 */
public final class CompanyNames {
    /** Legal-form words dropped from the end of a name. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "l.l.c",
            "plc", "ag", "sa", "s.a", "se", "nv", "n.v", "bv", "b.v", "gmbh", "kk", "k.k", "spa", "s.p.a",
            "ab", "asa", "oyj", "oy", "a/s", "kg", "kgaa", "pte", "pty", "pvt", "bhd", "tbk", "lp", "l.p", "llp",
            "ltda", "srl", "s.r.l");
    /** Words that may follow a company's own name without changing which company it is. */
    private static final Set<String> DESIGNATORS = Set.of("holding", "holdings", "group", "international");

    /** Any Unicode white space, including the no-break spaces of typeset news text. */
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)'s?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");
    /** What joins a legal form to the name: "Deere & Co", "Jefferies and Co". */
    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("(?i)(?:[\\s,&]|\\s+and)+$");

    private CompanyNames() {
    }

    /** Whether a word (any case, trailing dots ignored) is a legal form such as "Inc", "Co." or "GmbH". */
    public static boolean legalForm(String word) {
        return LEGAL_FORMS.contains(word.replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT));
    }

    /** The name as an analyst would print it: no possessive, no legal form, single spaces. */
    public static String display(String surface) {
        String name = written(surface);
        String stripped = stripTrailing(name, LEGAL_FORMS);
        return stripped.isEmpty() ? name : stripped;
    }

    /**
     * A strict key: the name without possessive, leading "the", trailing punctuation, case or extra
     * spaces, but with its legal form, so that "SoftBank Corp" can tell SoftBank Corp. from SoftBank Group.
     */
    static String fullKey(String surface) {
        return written(surface).toLowerCase(Locale.ROOT);
    }

    /** Lookup key: the display name in lower case. */
    public static String key(String surface) {
        return display(surface).toLowerCase(Locale.ROOT);
    }

    /** A looser key that also drops designators such as "Group" and "Holdings"; used as a fallback. */
    public static String baseKey(String surface) {
        String base = stripTrailing(stripTrailing(display(surface), DESIGNATORS), LEGAL_FORMS);
        return base.isEmpty() ? key(surface) : base.toLowerCase(Locale.ROOT);
    }

    /** The surface with straight apostrophes, without possessive or leading "the", on single spaces. */
    private static String written(String surface) {
        String name = withoutPossessive(WHITESPACE.matcher(surface.replace('\u2019', '\'')).replaceAll(" ").strip());
        return name.replaceAll("^(?i)the ", "");
    }

    /** Drops trailing punctuation, a possessive ("'s", "'") and the punctuation before it ("Corp.'s"). */
    private static String withoutPossessive(String name) {
        return TRAILING_PUNCTUATION.matcher(POSSESSIVE.matcher(TRAILING_PUNCTUATION.matcher(name).replaceAll(""))
                .replaceAll("")).replaceAll("");
    }

    private static String stripTrailing(String name, Set<String> words) {
        String current = name;
        while (true) {
            int space = Math.max(current.lastIndexOf(' '), current.lastIndexOf(','));
            if (space < 0) {
                return current;
            }
            String last = current.substring(space + 1).replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT);
            if (!words.contains(last)) {
                return current;
            }
            current = TRAILING_CONJUNCTION.matcher(current.substring(0, space)).replaceAll("");
        }
    }
}
