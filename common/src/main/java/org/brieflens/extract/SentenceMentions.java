package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mentions of one sentence at sentence-local offsets, with the look-ups the cue roles need:
 * the subject before a cue, the coordinated list after it, and the mentions right next to it.
 */
final class SentenceMentions {
    /** Words allowed between a cue and the first list member ("rivals such as the U.S. firm X"). */
    private static final Set<String> FILLER = Set.of("the", "its", "their", "a", "an", "both", "other",
            "fellow", "rival", "rivals", "like", "such", "as", "including", "firms", "companies",
            "chipmakers", "giants", "u.s.", "'s", "\u2019s");
    private static final int MAX_FILLER_WORDS = 4;
    private static final Pattern FILLER_SEPARATOR = Pattern.compile("[\\s,:\"\u201c\u201d()\\-]+");
    /** Gap between two list members: a comma and/or a conjunction, then an optional determiner. */
    private static final Pattern COORDINATOR = Pattern.compile(
            "\\s*(?:,|(?:,\\s*)?(?:and|or|plus|&|as\\s+well\\s+as))\\s*(?:(?:the|its|their)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** Gap allowed around an "X vs Y" cue: spaces, punctuation and a possessive. */
    private static final Pattern ADJACENT_GAP = Pattern.compile("(?:['\u2019]s\\b|[\\s\\p{P}])*");

    private record Span(Mention mention, int begin, int end) {
        boolean company() {
            return mention.type().company();
        }
    }

    private final String text;
    private final List<Span> spans;

    /** Mentions outside the sentence (bad offsets) are dropped rather than failing the document. */
    SentenceMentions(String text, int sentenceBegin, List<Mention> mentions) {
        this.text = text;
        this.spans = mentions.stream()
                .map(m -> new Span(m, m.charBegin() - sentenceBegin, m.charEnd() - sentenceBegin))
                .filter(s -> s.begin >= 0 && s.begin < s.end && s.end <= text.length())
                .sorted(Comparator.comparingInt(Span::begin))
                .toList();
    }

    /** Number of distinct companies mentioned; fewer than two means no relation is possible. */
    long distinctCompanies() {
        return spans.stream().filter(Span::company).map(s -> s.mention.entityKey()).distinct().count();
    }

    /** Whether any mention overlaps {@code [start, end)}: a cue inside a name ("Silver Lake Partners") is no cue. */
    boolean overlaps(int start, int end) {
        return spans.stream().anyMatch(s -> s.begin < end && start < s.end);
    }

    /** The nearest company ending before the cue, unless a semicolon separates it from the cue. */
    Optional<Mention> subjectBefore(int cueStart) {
        return lastCompanyEndingBy(cueStart)
                .filter(s -> text.substring(s.end, cueStart).indexOf(';') < 0)
                .map(Span::mention);
    }

    /** The nearest company before the cue when only spaces, punctuation or "'s" lie between. */
    Optional<Mention> adjacentBefore(int cueStart) {
        return lastCompanyEndingBy(cueStart).filter(s -> adjacent(s.end, cueStart)).map(Span::mention);
    }

    /** The nearest company after the cue when only spaces, punctuation or "'s" lie between. */
    Optional<Mention> adjacentAfter(int cueEnd) {
        return spans.stream().filter(s -> s.company() && s.begin >= cueEnd).findFirst()
                .filter(s -> adjacent(cueEnd, s.begin)).map(Span::mention);
    }

    /**
     * The coordinated list of companies after the cue: the first company within a short filler gap,
     * then each company joined to the previous member by a coordinator. A non-company mention joined
     * by a coordinator or filler ("China's" in "X, China's Y and Z") is passed over, not a member.
     */
    List<Mention> listAfter(int cueEnd) {
        List<Mention> members = new ArrayList<>();
        int prevEnd = cueEnd;
        boolean afterMember = false;
        for (Span s : spans) {
            if (s.begin < prevEnd) {
                continue;
            }
            String gap = text.substring(prevEnd, s.begin);
            boolean joined = afterMember ? coordinator(gap) : filler(gap) || !members.isEmpty() && coordinator(gap);
            if (!joined) {
                break;
            }
            if (s.company()) {
                members.add(s.mention);
            }
            afterMember = s.company();
            prevEnd = s.end;
        }
        return members;
    }

    private Optional<Span> lastCompanyEndingBy(int pos) {
        return spans.stream().filter(s -> s.company() && s.end <= pos).max(Comparator.comparingInt(Span::end));
    }

    private boolean adjacent(int from, int to) {
        return ADJACENT_GAP.matcher(text.substring(from, to)).matches();
    }

    private static boolean coordinator(String gap) {
        return COORDINATOR.matcher(gap).matches();
    }

    private static boolean filler(String gap) {
        List<String> words = Arrays.stream(FILLER_SEPARATOR.split(gap))
                .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return words.size() <= MAX_FILLER_WORDS && FILLER.containsAll(words);
    }
}
