package org.brieflens.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyNames;

/**
 * Acronyms a document defines, "Long Name (ACR)", whose initials spell the acronym ("World Travel
 * and Tourism Council (WTTC)", "Oil & Natural Gas Corporation (ONGC)", "Multi-Fibre Agreement
 * (MFA)"). The long name is judged like an organisation span: a company the gazetteer resolves, no
 * company ({@link MentionNer#nonCompany}), an unresolved company where the NER tagged it as an
 * organisation or it ends in a business word, else a term ("Carrier Pre-Section (CPS)"). That
 * judgement covers the long name and every use of the acronym in the document, ahead of any other
 * reading (rank {@link MentionCandidate#DEFINED}). An unresolved company is named by the form the
 * document uses more often, the long one on a tie ("ONGC" after one "Oil & Natural Gas Corporation",
 * "National Iranian Oil Company" when "NIOC" is used once).
 */
final class AcronymDefinitions {
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "&", "de", "du", "la", "des", "on",
            "in", "und", "et");
    private static final int MAX_LONG_TOKENS = 12;

    private final CompanyGazetteer companies;
    private final MentionNer ner;
    private final Set<String> businessWords;

    AcronymDefinitions(CompanyGazetteer companies, MentionNer ner) {
        this.companies = companies;
        this.ner = ner;
        this.businessWords = MentionWords.lowerCase("company_head_words.txt");
    }

    /** The acronyms defined in a document, with the candidate each use of one becomes (a blocker for no company). */
    Map<String, MentionCandidate> definitions(List<MentionSentence> document) {
        Map<String, MentionCandidate> definitions = new HashMap<>();
        for (MentionSentence s : document) {
            for (int i = 1; i + 2 < s.size(); i++) {
                String acronym = s.text(i + 1);
                if (s.text(i).equals("(") && s.text(i + 2).equals(")") && acronym(acronym)
                        && !definitions.containsKey(acronym)) {
                    int end = s.text(i - 1).equals(",") ? i - 2 : i - 1;
                    int start = longNameStart(s, end, letters(acronym));
                    if (start >= 0) {
                        definitions.put(acronym, judge(document, s, start, end, acronym));
                    }
                }
            }
        }
        return definitions;
    }

    /** Candidates for the definitions and uses of the document's acronyms in one sentence. */
    void candidates(MentionSentence s, Map<String, MentionCandidate> definitions, List<MentionCandidate> out) {
        if (definitions.isEmpty()) {
            return;
        }
        for (MentionCandidate definition : definitions.values()) {
            if (definition.span().sentence() == s.sentence()) {
                out.add(definition);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            MentionCandidate definition = definitions.get(s.text(i));
            if (definition != null) {
                out.add(definition.on(s.span(i, i), MentionCandidate.DEFINED));
            }
        }
    }

    private MentionCandidate judge(List<MentionSentence> document, MentionSentence s, int start, int end,
                                   String acronym) {
        TokenSpan span = s.span(start, end);
        var resolved = companies.resolve(span.surface());
        if (resolved.isPresent()) {
            return MentionCandidate.company(span, resolved.get(), MentionCandidate.DEFINED);
        }
        boolean organisation = false;
        for (int i = start; i <= end; i++) {
            organisation |= s.tagged(i, "ORGANIZATION");
        }
        if (ner.nonCompany(s, start, end)
                || !organisation && !businessWords.contains(s.lower(end))) {
            return MentionCandidate.blocker(span, MentionCandidate.DEFINED);
        }
        String longName = CompanyNames.display(span.surface());
        String name = uses(document, acronym) - 1 > occurrences(document, span.surface()) ? acronym : longName;
        return MentionCandidate.namedCompany(span, name, null, MentionCandidate.DEFINED);
    }

    /** The earliest token from which the name up to {@code end} spells the letters, or -1. */
    private static int longNameStart(MentionSentence s, int end, String letters) {
        int earliest = end;
        while (earliest > 0 && end - earliest < MAX_LONG_TOKENS
                && (s.nameLike(earliest - 1) || CONNECTORS.contains(s.lower(earliest - 1)))) {
            earliest--;
        }
        for (int start = earliest; start <= end; start++) {
            if (s.nameLike(start) && spells(s, start, end, letters, 0)) {
                return start;
            }
        }
        return -1;
    }

    /** Whether tokens k..end spell letters from l on: each word gives its initial, or those of its hyphenated parts. */
    private static boolean spells(MentionSentence s, int k, int end, String letters, int l) {
        if (k > end) {
            return l == letters.length();
        }
        String word = s.text(k);
        if (!s.nameLike(k)) {
            return CONNECTORS.contains(s.lower(k)) && spells(s, k + 1, end, letters, l);
        }
        if (l < letters.length() && Character.toUpperCase(word.charAt(0)) == letters.charAt(l)
                && spells(s, k + 1, end, letters, l + 1)) {
            return true;
        }
        String parts = hyphenInitials(word);
        return parts.length() > 1 && letters.startsWith(parts, l) && spells(s, k + 1, end, letters, l + parts.length());
    }

    private static String hyphenInitials(String word) {
        StringBuilder initials = new StringBuilder();
        for (String part : word.split("-")) {
            if (!part.isEmpty()) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }

    /** An acronym: 2 to 8 letters or digits, at least two of them capitals, no lower case first. */
    static boolean acronym(String token) {
        if (token.length() < 2 || token.length() > 8 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        return token.chars().filter(Character::isUpperCase).count() >= 2
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '&' || c == '.' || c == '-');
    }

    private static String letters(String acronym) {
        StringBuilder letters = new StringBuilder();
        acronym.chars().filter(Character::isUpperCase).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    private static int uses(List<MentionSentence> document, String acronym) {
        int count = 0;
        for (MentionSentence s : document) {
            for (int i = 0; i < s.size(); i++) {
                count += s.text(i).equals(acronym) ? 1 : 0;
            }
        }
        return count;
    }

    private static int occurrences(List<MentionSentence> document, String surface) {
        int count = 0;
        for (MentionSentence s : document) {
            String text = s.sentence().text();
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
                count++;
            }
        }
        return count;
    }
}
