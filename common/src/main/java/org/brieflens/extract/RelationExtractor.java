package org.brieflens.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brieflens.brief.Section;
import org.brieflens.nlp.Sentence;

/**
 * Finds relations between companies that a document asserts through cue phrases ("competes with",
 * "partnership with", "to acquire"). Cue patterns are data: rows of the classpath resource
 * {@code org/brieflens/extract/relation-cues.tsv} (see {@link CueFile}). Only company and product
 * mentions take part; a product stands for its owner. Each relation comes from one sentence, but
 * earlier sentences resolve its anaphors ("it", "the company"), see {@link CoreferenceContext}.
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class RelationExtractor implements Serializable {
    private static final long serialVersionUID = 3L;
    /** Confidence factor for a relation one of whose companies came from coreference, not a name at the cue. */
    static final double INFERRED_FACTOR = 0.8;

    private final List<CuePattern> cues;
    /** Per cue, the words one of which its every match contains ({@link CueLiterals}). */
    private final List<Set<String>> cueWords;

    private RelationExtractor(List<CuePattern> cues) {
        this.cues = List.copyOf(cues);
        this.cueWords = this.cues.stream().map(cue -> CueLiterals.required(cue.pattern().pattern())).toList();
    }

    /** Holder idiom: the cue file is parsed on first use, once per JVM, without locking afterwards. */
    private static final class Holder {
        static final RelationExtractor INSTANCE = new RelationExtractor(CueFile.read());
    }

    /**
     * The extractor with the cue patterns of the classpath resource, loaded once per JVM.
     *
     * @throws IllegalStateException when the resource is missing or has a malformed row
     */
    public static RelationExtractor load() {
        return Holder.INSTANCE;
    }

    /**
     * Relations asserted in a document. Symmetric relations have as company A the one whose name
     * sorts first; acquisitions have the acquirer as A. Per sentence there is one relation per type
     * and company pair, the one from the most confident cue; a pair that one sentence says is an
     * acquisition is not also a partnership there.
     *
     * @param sentences the document's sentences in order
     * @param mentions  {@code mentions.get(i)} are the mentions (any EntityType) of {@code sentences.get(i)},
     *                  sorted by charBegin, at document offsets; ones outside their sentence are ignored
     * @return the relations by sentence, then in the order their pair was first found (cue file row, then position)
     * @throws IllegalArgumentException when the two lists differ in size
     */
    public List<Relation> extract(List<Sentence> sentences, List<List<Mention>> mentions) {
        if (sentences.size() != mentions.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + mentions.size() + " mention lists");
        }
        List<SentenceMentions> document = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            document.add(new SentenceMentions(s.index(), s.section(), s.text(), s.begin(), mentions.get(i)));
        }
        CoreferenceContext context = new CoreferenceContext(document);
        List<Relation> relations = new ArrayList<>();
        for (SentenceMentions sentence : document) {
            TimeLimit.checkpoint();
            relations.addAll(extract(sentence, context));
        }
        return List.copyOf(relations);
    }

    /**
     * Relations asserted in one sentence with no earlier context: anaphors can only point to a
     * company earlier in the same sentence.
     *
     * @see #extract(List, List)
     */
    public List<Relation> extract(Sentence sentence, List<Mention> mentions) {
        return extract(List.of(sentence), List.of(mentions));
    }

    private List<Relation> extract(SentenceMentions sentence, CoreferenceContext context) {
        if (!canHoldTwoParties(sentence)) {
            return List.of(); // most sentences: skip the cue patterns, the costly part
        }
        CueResolver resolver = new CueResolver(sentence, context);
        String evidence = sentence.text().strip();
        Map<String, Relation> best = new LinkedHashMap<>();
        String folded = CueLiterals.fold(sentence.text());
        for (int i = 0; i < cues.size(); i++) {
            CuePattern cue = cues.get(i);
            if (!CueLiterals.mayMatch(folded, cueWords.get(i))) {
                continue; // without one of its words the cue's regex cannot match: spare the scan
            }
            var m = cue.pattern().matcher(sentence.text());
            while (m.find()) {
                if (m.end() == m.start() || sentence.overlaps(m.start(), m.end())
                        || CueNegation.negated(sentence.text(), m.start())) {
                    continue;
                }
                for (RelationPair pair : resolver.pairs(cue, m)) {
                    Relation r = relation(cue, pair.ordered(cue.type()), m.group(), sentence, evidence);
                    best.merge(pair.ordered(cue.type()).key(cue.type()), r,
                            (old, found) -> found.confidence() > old.confidence() ? found : old);
                }
            }
        }
        return withoutPartnersThatAreAcquisitions(best.values());
    }

    /**
     * Whether a sentence can name the two parties of a relation: two company mentions, one and an
     * anaphor ("it", "the company"), or none and a plural anaphor ("the two companies").
     */
    private static boolean canHoldTwoParties(SentenceMentions sentence) {
        int names = sentence.companies().size();
        int end = sentence.text().length();
        return names >= 2
                || names == 1 && CoreferenceAnaphors.lastAnaphor(sentence, 0, end).isPresent()
                || CoreferenceAnaphors.lastPluralAnaphor(sentence, 0, end).isPresent();
    }

    /** "X agreed a deal to buy Y": an acquisition is not a partnership (annotation guide), so it wins. */
    private static List<Relation> withoutPartnersThatAreAcquisitions(Collection<Relation> relations) {
        Set<Set<String>> acquired = relations.stream().filter(r -> r.type() == RelationType.ACQUISITION)
                .map(RelationExtractor::companies).collect(Collectors.toSet());
        return relations.stream()
                .filter(r -> r.type() != RelationType.PARTNER || !acquired.contains(companies(r)))
                .toList();
    }

    private static Set<String> companies(Relation r) {
        return new HashSet<>(List.of(key(r.companyAId(), r.companyAName()), key(r.companyBId(), r.companyBName())));
    }

    private static String key(String id, String name) {
        return id != null ? id : "\u0000" + name;
    }

    private static Relation relation(CuePattern cue, RelationPair pair, String cueText, SentenceMentions sentence,
                                     String evidence) {
        double confidence = pair.inferred() ? cue.confidence() * INFERRED_FACTOR : cue.confidence();
        Section section = sentence.section();
        return new Relation(cue.type(), pair.a().entityId(), pair.a().entityName(), pair.b().entityId(),
                pair.b().entityName(), cueText, confidence, sentence.index(), section, evidence);
    }
}
