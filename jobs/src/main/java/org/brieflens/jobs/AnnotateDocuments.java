package org.brieflens.jobs;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.brieflens.brief.Brief;
import org.brieflens.brief.RejectReason;
import org.brieflens.brief.Rejection;
import org.brieflens.extract.DocumentExtractor;
import org.brieflens.extract.TimeLimit;

/**
 * Step "annotate": runs CoreNLP and the extractors over a partition of briefs, lazily, one
 * document at a time. The extractor is a recipe; the pipeline it uses is built once per executor
 * JVM. A document whose annotation throws or runs past the time limit is rejected, not allowed to
 * fail or stall the task.
 */
final class AnnotateDocuments implements FlatMapFunction<Iterator<Brief>, Outcome> {
    private final DocumentExtractor extractor;
    private final AnnotationCounters counters;

    AnnotateDocuments(DocumentExtractor extractor, AnnotationCounters counters) {
        this.extractor = extractor;
        this.counters = counters;
    }

    @Override
    public Iterator<Outcome> call(Iterator<Brief> briefs) {
        InjectedFault.failOnceIfRequested(); // test-only hook, a no-op unless its Spark conf key is set
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return briefs.hasNext();
            }

            @Override
            public Outcome next() {
                Brief brief = briefs.next();
                Outcome outcome = annotate(brief);
                counters.add(brief, outcome);
                return outcome;
            }
        };
    }

    private Outcome annotate(Brief brief) {
        try {
            return Outcome.of(extractor.extract(brief));
        } catch (TimeLimit.TimeLimitExceeded e) {
            return Outcome.rejected(new Rejection(brief.origin(), brief.docId(), RejectReason.TIMED_OUT,
                    "annotation " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.rejected(new Rejection(brief.origin(), brief.docId(), RejectReason.ANNOTATION_FAILED,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
