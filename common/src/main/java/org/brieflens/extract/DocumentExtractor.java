package org.brieflens.extract;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.extract.amount.Amount;
import org.brieflens.extract.amount.AmountExtractor;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;

/**
 * Annotates a brief and extracts its mentions and relations. Serialisable as a recipe (the
 * profile); the pipeline, gazetteers and cue rules are per-JVM singletons found on first use, so
 * shipping this object to executors ships a few bytes.
 */
public final class DocumentExtractor implements Serializable {
    private final BriefAnnotator annotator;
    private final Duration timeLimit;

    /** An extractor with the default sentence limit and no time limit. */
    public DocumentExtractor(AnnotatorProfile profile) {
        this(new BriefAnnotator(profile), null);
    }

    /**
     * @param annotator the CoreNLP recipe, with its sentence-length limit
     * @param timeLimit wall-clock limit for one document, annotation and rules together; null for none
     */
    public DocumentExtractor(BriefAnnotator annotator, Duration timeLimit) {
        this.annotator = annotator;
        this.timeLimit = timeLimit;
    }

    /**
     * Annotates a brief and extracts from it.
     *
     * @throws TimeLimit.TimeLimitExceeded when the document takes longer than the time limit
     */
    public ExtractedDocument extract(Brief brief) {
        return timeLimit == null ? annotateAndExtract(brief) : TimeLimit.run(timeLimit, () -> annotateAndExtract(brief));
    }

    private ExtractedDocument annotateAndExtract(Brief brief) {
        long start = System.nanoTime();
        AnnotatedBrief annotated = annotator.annotate(brief);
        return extract(annotated, start);
    }

    /**
     * Mentions, relations and amounts of a brief already annotated; {@code startNanos} is when
     * its annotation began, for the document's timing.
     */
    public ExtractedDocument extract(AnnotatedBrief annotated, long startNanos) {
        List<List<Mention>> bySentence = MentionExtractor.packaged().extract(annotated.sentences());
        List<Mention> mentions = new ArrayList<>();
        bySentence.forEach(mentions::addAll);
        TimeLimit.checkpoint();
        List<Relation> relations = RelationExtractor.load().extract(annotated.sentences(), bySentence);
        List<Amount> amounts = new ArrayList<>();
        for (int i = 0; i < bySentence.size(); i++) {
            TimeLimit.checkpoint();
            amounts.addAll(AmountExtractor.load().extract(annotated.sentences().get(i), bySentence.get(i)));
        }
        return new ExtractedDocument(annotated.brief(), annotated.tokenCount(), annotated.sentences().size(), mentions,
                relations, amounts, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
