package org.brieflens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a sentence refers to companies without naming them: "it", "the company", "the two firms". */
final class CoreferenceAnaphors {
    /**
     * Singular company anaphors. Case matters: "IT" is information technology. "The rival firm" and
     * "the other company" point to some other company than the one in focus, so they are left out.
     * A bare "it" counts only where a subject stands (clause start, after a conjunction or a
     * reporting verb): "losing it to rival X" is about a thing, not a company.
     */
    private static final Pattern ANAPHOR = Pattern.compile("(?:\\b[Ii]ts|(?:^|[,;:(\u2014\u2013-]\\s*|\\b(?:[Aa]nd|[Bb]ut|"
            + "[Tt]hat|[Ss]aid|[Ss]ays|[Ww]hile|[Aa]s|[Bb]ecause|[Ii]f|[Ww]hen|[Ss]o|[Tt]hough|[Aa]lthough|[Hh]ow|[Ww]hy|"
            + "[Ww]here|[Ww]hether)\\s+)[Ii]t|\\b[Tt]he\\s+(?:(?!(?:rival|other|two|three|both|new|smaller|larger|bigger|"
            + "combined|merged)\\b)[\\p{L}\\p{N}-]+\\s+){0,2}?(?:company|firm|group|chipmaker|carmaker|automaker|retailer|"
            + "airline|carrier|lender|insurer|conglomerate|manufacturer|giant|maker|startup|start-up|operator))\\b");

    /**
     * Plural company anaphors: "the two companies", "both firms", "the three suppliers", "the
     * alliance". Group 1 is the number of companies when the text says it.
     */
    private static final Pattern PLURAL_ANAPHOR = Pattern.compile("\\b(?:[Tt]he|[Bb]oth)\\s+(?:(two|three|four|five)\\s+)?"
            + "(?:[\\p{Ll}-]+\\s+)?(?:companies|firms|groups|carmakers|automakers|chipmakers|airlines|carriers|banks|"
            + "lenders|operators|makers|giants|rivals|partners|suppliers|vendors|manufacturers|retailers|platforms|"
            + "alliance|consortium|pair|duo)\\b");
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five");

    /** A plural anaphor at {@code [start, end)}; {@code count} companies, or 0 when the text does not say. */
    record PluralAnaphor(int start, int end, int count) {
    }

    private CoreferenceAnaphors() {
    }

    /** Offset of the last anaphor in {@code [from, to)} of the sentence, if any. */
    static OptionalInt lastAnaphor(SentenceMentions sentence, int from, int to) {
        // Matched over the whole sentence so that "^" is its start; only anaphors inside [from, to) count.
        Matcher m = ANAPHOR.matcher(sentence.masked(0, sentence.text().length()));
        int last = -1;
        while (m.find()) {
            int at = m.end() - 1;
            if (at >= from && at < to) {
                last = at;
            }
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    /** The last plural anaphor starting in {@code [from, to)} of the sentence, if any. */
    static Optional<PluralAnaphor> lastPluralAnaphor(SentenceMentions sentence, int from, int to) {
        Matcher m = PLURAL_ANAPHOR.matcher(sentence.masked(from, to));
        PluralAnaphor last = null;
        while (m.find()) {
            last = new PluralAnaphor(from + m.start(), from + m.end(), count(m));
        }
        return Optional.ofNullable(last);
    }

    /** The plural anaphor that starts right at {@code position}, after white space: "among the three suppliers". */
    static Optional<PluralAnaphor> pluralAnaphorAt(SentenceMentions sentence, int position) {
        String rest = sentence.masked(position, sentence.text().length());
        int skip = rest.length() - rest.stripLeading().length();
        Matcher m = PLURAL_ANAPHOR.matcher(rest).region(skip, rest.length());
        return m.lookingAt() ? Optional.of(new PluralAnaphor(position + m.start(), position + m.end(), count(m)))
                : Optional.empty();
    }

    /** "the three firms" names three, "both firms" and "the pair" two; "the firms" leaves it open (0). */
    private static int count(Matcher m) {
        if (m.group(1) != null) {
            return NUMBERS.indexOf(m.group(1)) + 2;
        }
        String words = m.group().toLowerCase(Locale.ROOT);
        return words.startsWith("both") || words.endsWith("pair") || words.endsWith("duo") ? 2 : 0;
    }
}
