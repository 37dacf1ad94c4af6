package org.brieflens.resolve;

import java.util.Locale;
import java.util.Set;

/**
 * Normalises company names as written so that "Oracle Corp.'s", "Alibaba Group Holding Ltd."
 * and "ORACLE" reach the same gazetteer key.
 */
public final class CompanyNames {
    /** Legal-form words dropped from the end of a name. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "l.l.c",
            "plc", "ag", "sa", "s.a", "se", "nv", "n.v", "bv", "b.v", "gmbh", "kk", "k.k", "spa", "s.p.a",
            "ab", "asa", "oyj", "pte", "pty", "bhd", "tbk", "lp", "l.p");
    /** Words that may follow a company's own name without changing which company it is. */
    private static final Set<String> DESIGNATORS = Set.of("holding", "holdings", "group", "international");

    private CompanyNames() {
    }

    /** The name as an analyst would print it: no possessive, no legal form, single spaces. */
    public static String display(String surface) {
        String name = withoutPossessive(surface.replace('\u2019', '\'').strip());
        name = name.replaceAll("^(?i)the\\s+", "").replaceAll("\\s+", " ");
        String stripped = stripTrailing(name, LEGAL_FORMS);
        return stripped.isEmpty() ? name : stripped;
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

    private static String withoutPossessive(String name) {
        return name.replaceAll("'s?$", "").replaceAll("[\\s,.;:]+$", "");
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
            current = current.substring(0, space).replaceAll("[\\s,&]+$", "");
        }
    }
}
