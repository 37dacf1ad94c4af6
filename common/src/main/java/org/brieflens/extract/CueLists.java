package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brieflens.extract.SentenceMentions.Span;

/**
 * Coordinated lists of companies in one sentence ("X, Y and Z"), read forwards from a cue or
 * backwards from a company. What may join two members is {@link CueGaps}' business.
 */
final class CueLists {
    /** A preposition right before a list: the list is its object ("shares of X and Y"), not a subject. */
    static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:of|in|for|from|with|between|among|"
            + "on|at|by|to|against|about|into|over|than|like|as|including)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A relational noun right after a company: the company only says whose rival or unit the next one is. */
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?:rival|competitor|unit|subsidiary|affiliate|parent|"
            + "partner)s?\\b(?!\\s+(?:with|of|to|in|and|or)\\b)", Pattern.CASE_INSENSITIVE);

    private final SentenceMentions sentence;

    CueLists(SentenceMentions sentence) {
        this.sentence = sentence;
    }

    /**
     * The coordinated list after {@code pos}: the first company within a short lead-in (skipping a
     * company that only modifies a relational noun: "CFM rival IAE"), then each company joined to
     * the previous member. Comma-only joins count only when a conjunction closes
     * the list ("X, Y and Z"), so "competes with X, Y said" keeps X alone. A parenthesised repeat of a
     * member ("(GM)") is passed over.
     */
    List<Span> listAfter(int pos) {
        List<Span> members = new ArrayList<>();
        int lastConjunction = 0;
        int cursor = pos;
        for (Span s : sentence.companies()) {
            if (s.begin() < cursor) {
                continue;
            }
            String gap = sentence.masked(cursor, s.begin());
            if (members.isEmpty()) {
                if (!CueGaps.leadIn(gap)) {
                    break;
                }
                Matcher noun = NOUN_AFTER.matcher(sentence.text()).region(s.end(), sentence.text().length());
                if (noun.lookingAt()) {
                    // "an agreement with CFM rival IAE": CFM only says whose rival the member is.
                    cursor = noun.end();
                    continue;
                }
            } else if (CueGaps.alias(gap, sentence.text().substring(s.end()))) {
                cursor = sentence.text().indexOf(')', s.end()) + 1;
                continue;
            } else {
                CueGaps.Join join = CueGaps.joiner(gap);
                if (join == null) {
                    break;
                }
                lastConjunction = join == CueGaps.Join.CONJUNCTION ? members.size() : lastConjunction;
            }
            members.add(s);
            cursor = s.end();
        }
        return List.copyOf(members.subList(0, Math.min(members.size(), lastConjunction + 1)));
    }

    /**
     * The coordinated list that ends with {@code last}, read backwards no further than {@code from}.
     * The join right before {@code last} must be a conjunction: "In a deal with Sony, Samsung ..."
     * lists nothing.
     */
    List<Span> listEndingWith(Span last, int from) {
        List<Span> companies = sentence.companies();
        List<Span> members = new ArrayList<>(List.of(last));
        for (int i = companies.indexOf(last) - 1; i >= 0 && companies.get(i).begin() >= from; i--) {
            Span prev = companies.get(i);
            CueGaps.Join join = CueGaps.joiner(sentence.masked(prev.end(), members.get(0).begin()));
            if (join == null || join == CueGaps.Join.COMMA && members.size() == 1) {
                break;
            }
            members.add(0, prev);
        }
        return List.copyOf(members);
    }

    /**
     * The coordinated lists of two or more companies in subject position (not after a preposition)
     * in text order: what a later "the two companies" may point to.
     */
    List<List<Span>> subjectLists() {
        List<Span> companies = sentence.companies();
        List<List<Span>> lists = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            boolean joinedToNext = i + 1 < companies.size()
                    && CueGaps.joiner(sentence.masked(companies.get(i).end(), companies.get(i + 1).begin())) != null;
            List<Span> list = joinedToNext ? List.of() : listEndingWith(companies.get(i), 0);
            if (list.size() >= 2 && !PREPOSITION_BEFORE.matcher(sentence.masked(0, list.get(0).begin())).find()) {
                lists.add(list);
            }
        }
        return lists;
    }
}
