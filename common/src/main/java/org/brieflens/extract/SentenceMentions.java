package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brieflens.brief.Section;

/**
 * One sentence with its mentions at sentence-local offsets, as the cue roles see it: the company
 * spans (companies and products standing for their owner), and a masked copy of the text in which
 * every other mention is blanked out, so gap patterns between companies need not know about
 * regions or people.
 *
 * <p>A product right after its owner's possessive ("Alibaba's Qwen models") is not a span of its
 * own: the company the text names wins over the owner the gazetteer guesses, and the product name
 * becomes part of the company's phrase.
 */
final class SentenceMentions {
    /** Mask character for a region mention: a place reads like a filler word ("Germany's Lufthansa"). */
    static final char REGION_MASK = '#';
    /** Mask character for any other non-company mention (people): it never reads like a filler. */
    static final char OTHER_MASK = '@';
    /** Head nouns of an apposition that describes a company: "Grab, Uber's biggest rival in Asia, ...". */
    static final String APPOSITION_HEAD = "(?:rival|competitor|partner|unit|subsidiary|affiliate|parent|owner|maker|"
            + "supplier|customer|operator|provider|company|firm|group|giant|startup|chipmaker|carmaker|airline|bank|"
            + "retailer|lender|insurer)s?\\b";
    /** Stretches no subject is taken from: relative clauses and appositions closed by a comma, and parentheses. */
    private static final Pattern INSERTION = Pattern.compile(",\\s*(?:(?:which|who|whose|that|where|a|an|the|one\\s+of)\\b"
            + "|\\p{Ll}+ed\\s+by\\b|\\p{Ll}+\\s+of\\b|(?:[\\p{L}\\p{N}&.'\u2019-]+\\s+){0,4}?" + APPOSITION_HEAD + ")[^,;()]*,"
            + "|\\([^()]*\\)");
    /** A company name used as a modifier ("NEC-backed", "Google-owned") names no party. */
    private static final Pattern MODIFIER_AFTER = Pattern.compile("^-(?!(?:versus|vs|and|or|to)\\b)\\p{Ll}");
    /** A capitalised word: outside mentions and the sentence's first word, likely a name the mentions missed. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}.'\u2019<-])\\p{Lu}[\\p{L}\\p{N}&-]*");
    /**
     * Between a company and a capitalised word that still belongs to its phrase: the rest of its name
     * ("Corning Glass Works", "Ford Motor Co {@code <F>}") or of its possessive ("Meta's Llama").
     */
    private static final Pattern NAME_TAIL = Pattern.compile("(?:['\u2019]s)?(?:\\s+<?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&-]*>?)*"
            + "\\s+<?");
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}\\p{M} .'&/-]*,\\s*(?:[\\p{L}.]+(?:\\s+[\\p{L}.]+)?\\s*,\\s*)?\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s+-\\s+");
    /** Share of capitalised words above which a sentence is a title in title case, where capitals say nothing. */
    private static final double TITLE_CASE_SHARE = 0.6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");
    private static final Pattern NAME_CONTINUES = Pattern.compile("^\\s+[\\p{Lu}\\p{N}]");
    /** Capitalised words that are no company names. */
    private static final Set<String> NOT_NAMES = Set.of("I", "AI", "CEO", "CFO", "IPO", "GDP", "PC", "PCs", "TV", "IT",
            "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "The", "It", "Its", "But", "And", "In", "On", "At", "For", "With", "As", "If");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['\u2019]s\\s+");
    /** Text before a company that marks it as someone's employer ("analyst at X"), not a topic. */
    private static final Pattern EMPLOYER_BEFORE = Pattern.compile("\\b(?:at|for)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** A company mention at sentence-local offsets. */
    record Span(Mention mention, int begin, int end) {
    }

    private final int index;
    private final Section section;
    private final String text;
    private final String masked;
    private final List<Span> companies;
    private final boolean titleCase;

    /**
     * @param index    index of the sentence in the document
     * @param section  section of the sentence
     * @param text     the sentence as written
     * @param begin    document offset of the sentence's first character
     * @param mentions the sentence's mentions, any type, at document offsets; ones outside the sentence are dropped
     */
    SentenceMentions(int index, Section section, String text, int begin, List<Mention> mentions) {
        this.index = index;
        this.section = section;
        this.text = text;
        List<Span> spans = mentions.stream()
                .map(m -> new Span(m, m.charBegin() - begin, m.charEnd() - begin))
                .filter(s -> s.begin >= 0 && s.begin < s.end && s.end <= text.length())
                .sorted(Comparator.comparingInt(Span::begin))
                .toList();
        int dateline = dateline(text);
        this.companies = companySpans(text, spans.stream().filter(sp -> sp.begin >= dateline).toList());
        this.masked = mask(text, spans);
        this.titleCase = titleCase(text);
    }

    int index() {
        return index;
    }

    Section section() {
        return section;
    }

    String text() {
        return text;
    }

    /** The text with non-company mentions masked; offsets are those of {@link #text()}. */
    String masked(int from, int to) {
        return masked.substring(from, to);
    }

    /** Company spans in text order. */
    List<Span> companies() {
        return companies;
    }

    /** Whether a company span overlaps {@code [start, end)}: a cue inside a name ("Silver Lake Partners") is no cue. */
    boolean overlaps(int start, int end) {
        return companies.stream().anyMatch(s -> s.begin < end && start < s.end);
    }

    /** Offset where the clause holding {@code pos} starts: after the last semicolon before it. */
    int clauseStart(int pos) {
        return text.lastIndexOf(';', pos - 1) + 1;
    }

    /**
     * Companies of {@code [from, to)} that can be a subject for something at {@code to}: those not
     * inside a relative clause, apposition or parenthesis that closes before {@code to}.
     */
    List<Span> subjectCandidates(int from, int to) {
        List<int[]> insertions = insertions(from, to);
        return companies.stream()
                .filter(s -> s.begin >= from && s.end <= to)
                .filter(s -> insertions.stream().noneMatch(r -> r[0] <= s.begin && s.end <= r[1]))
                .toList();
    }

    /** The masked text of {@code [from, to)} without the insertions that close in it (see {@link #subjectCandidates}). */
    String maskedWithoutInsertions(int from, int to) {
        StringBuilder out = new StringBuilder();
        int cursor = from;
        for (int[] r : insertions(from, to)) {
            out.append(masked, cursor, r[0]);
            cursor = r[1];
        }
        return out.append(masked, cursor, to).toString();
    }

    /**
     * Whether {@code [from, to)} holds a capitalised word that no mention covers, other than a lone
     * first word of the sentence: probably a company the mentions missed ("MG Rover, which ..., said it"),
     * so an anaphor or an implied subject there should not be guessed from context. Titles in title
     * case ("Pandora Revamps Its App") have no such hint: always false there.
     */
    boolean unknownNameIn(int from, int to) {
        if (titleCase) {
            return false;
        }
        Matcher m = CAPITALISED.matcher(masked).region(from, to);
        while (m.find()) {
            int at = m.start();
            // The first word is capitalised anyway; it reads as a name only when a capitalised word or number follows.
            boolean first = text.substring(0, at).isBlank() && !NAME_CONTINUES.matcher(masked.substring(m.end())).find();
            boolean covered = companies.stream().anyMatch(s -> s.begin <= at && at < s.end
                    || s.end <= at && NAME_TAIL.matcher(text.substring(s.end, at)).matches());
            if (!first && !covered && !NOT_NAMES.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The first company at or after {@code pos}. */
    Optional<Span> firstCompanyFrom(int pos) {
        return companies.stream().filter(s -> s.begin >= pos).findFirst();
    }

    /** The last company ending by {@code pos}. */
    Optional<Span> lastCompanyEndingBy(int pos) {
        return companies.stream().filter(s -> s.end <= pos).reduce((a, b) -> b);
    }

    /** The company the sentence is about, as a guess: its first company that is not someone's employer. */
    Optional<Mention> topic() {
        return companies.stream()
                .filter(s -> !EMPLOYER_BEFORE.matcher(text.substring(0, s.begin)).find())
                .findFirst().map(Span::mention);
    }

    private List<int[]> insertions(int from, int to) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = INSERTION.matcher(masked).region(from, to);
        while (m.find()) {
            ranges.add(new int[] {m.start(), m.end()});
        }
        return ranges;
    }

    /** End of a wire dateline ("EDEN PRAIRIE, Minn., March 31 - "), whose capitals name a place, never a party; else 0. */
    private static int dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    private static boolean titleCase(String text) {
        List<String> words = WORD.matcher(text).results().map(r -> r.group()).toList();
        long capitalised = words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
        return words.size() >= 3 && capitalised > TITLE_CASE_SHARE * words.size();
    }

    private static List<Span> companySpans(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean ownedByPossessor = s.mention.type() == EntityType.PRODUCT && previous != null
                    && previous.mention.type() == EntityType.COMPANY && previous.end <= s.begin
                    && POSSESSIVE_GAP.matcher(text.substring(previous.end, s.begin)).matches();
            boolean modifier = MODIFIER_AFTER.matcher(text.substring(s.end)).find();
            if (s.mention.type().company() && !ownedByPossessor && !modifier) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String mask(String text, List<Span> spans) {
        char[] chars = text.toCharArray();
        for (Span s : spans) {
            if (!s.mention.type().company()) {
                Arrays.fill(chars, s.begin, s.end, s.mention.type() == EntityType.REGION ? REGION_MASK : OTHER_MASK);
            }
        }
        return new String(chars);
    }
}
