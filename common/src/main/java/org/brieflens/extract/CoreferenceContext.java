package org.brieflens.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A light coreference for company anaphors ("it", "its", "the company", "the US firm", "the iPhone
 * maker", see {@link CoreferenceAnaphors}). Within a sentence an anaphor points to the sentence's first company outside relative
 * clauses and appositions; with none, and no unrecognised name before it, to the
 * company the most recent earlier sentence with a company is about (its first company, see
 * {@link SentenceMentions#topic()}); with none, to the company the document mentions most. News
 * writing keeps its subject company in first position, which is what makes this cheap guess work
 * well enough; relations found through it get a lower confidence. A plural anaphor ("the two
 * companies", "the alliance") points to a group, see {@link #group}.
 */
final class CoreferenceContext {
    private final List<SentenceMentions> sentences;
    private final Optional<Mention> mostMentioned;

    /** @param sentences the document's sentences in order */
    CoreferenceContext(List<SentenceMentions> sentences) {
        this.sentences = List.copyOf(sentences);
        this.mostMentioned = mostMentioned(sentences);
    }

    /**
     * The companies a plural anaphor points to. With a number, the that many distinct companies
     * mentioned last before it ("the two companies"); without, the last list of two or more companies
     * in subject position ("Sony, Philips and Samsung ... the firms"). Empty when there is no such group.
     */
    List<Mention> group(SentenceMentions sentence, CoreferenceAnaphors.PluralAnaphor anaphor) {
        int at = sentences.indexOf(sentence);
        if (anaphor.count() > 0) {
            return lastDistinct(sentence, at, anaphor);
        }
        List<List<SentenceMentions.Span>> lists = new CueLists(sentence).subjectLists().stream()
                .filter(l -> l.get(l.size() - 1).end() <= anaphor.start()).toList();
        for (int i = at - 1; lists.isEmpty() && i >= 0; i--) {
            lists = new CueLists(sentences.get(i)).subjectLists();
        }
        return lists.isEmpty() ? List.of()
                : lists.get(lists.size() - 1).stream().map(SentenceMentions.Span::mention).toList();
    }

    private List<Mention> lastDistinct(SentenceMentions sentence, int at, CoreferenceAnaphors.PluralAnaphor anaphor) {
        Map<String, Mention> found = new LinkedHashMap<>();
        List<SentenceMentions.Span> before = sentence.companies().stream().filter(s -> s.end() <= anaphor.start()).toList();
        collectBackwards(before, found, anaphor.count());
        for (int i = at - 1; found.size() < anaphor.count() && i >= 0; i--) {
            collectBackwards(sentences.get(i).companies(), found, anaphor.count());
        }
        return found.size() == anaphor.count() ? List.copyOf(found.values()) : List.of();
    }

    private static void collectBackwards(List<SentenceMentions.Span> spans, Map<String, Mention> found, int count) {
        for (int i = spans.size() - 1; i >= 0 && found.size() < count; i--) {
            found.putIfAbsent(spans.get(i).mention().entityKey(), spans.get(i).mention());
        }
    }

    /**
     * The company an anaphor at {@code position} of {@code sentence} points to.
     *
     * @param excluded entity keys it cannot be, such as the members of the list it is related to
     */
    Optional<Mention> antecedent(SentenceMentions sentence, int position, Set<String> excluded) {
        Optional<SentenceMentions.Span> inSentence = sentence.subjectCandidates(0, position).stream()
                .filter(s -> !excluded.contains(s.mention().entityKey())).findFirst();
        int unknownFrom = inSentence.map(SentenceMentions.Span::end).orElse(0);
        if (inSentence.isPresent() || sentence.unknownNameIn(unknownFrom, position)) {
            // A name the mentions missed before the anaphor is the likelier antecedent: guess nothing then.
            return sentence.unknownNameIn(unknownFrom, position) ? Optional.empty()
                    : inSentence.map(SentenceMentions.Span::mention);
        }
        for (int i = sentences.indexOf(sentence) - 1; i >= 0; i--) {
            Optional<Mention> topic = sentences.get(i).topic();
            if (topic.isPresent()) {
                return topic.filter(t -> !excluded.contains(t.entityKey()));
            }
        }
        return mostMentioned.filter(t -> !excluded.contains(t.entityKey()));
    }

    private static Optional<Mention> mostMentioned(List<SentenceMentions> sentences) {
        Map<String, List<Mention>> byKey = sentences.stream()
                .flatMap(s -> s.companies().stream().map(SentenceMentions.Span::mention))
                .collect(Collectors.groupingBy(Mention::entityKey, LinkedHashMap::new, Collectors.toList()));
        // On a tie the company mentioned first wins: maxBy keeps the earlier of equal elements.
        return byKey.values().stream().max(Comparator.comparingInt(List::size)).map(l -> l.get(0));
    }
}
