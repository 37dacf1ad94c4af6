package org.brieflens.jobs;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.brieflens.brief.Brief;
import org.brieflens.brief.RejectReason;
import org.brieflens.brief.Rejection;
import org.brieflens.extract.DocumentExtractor;

/**
 * Step "annotate": runs CoreNLP and the extractors over a partition of briefs, lazily, one
 * document at a time. The extractor is a recipe; the pipeline it uses is built once per executor
 * JVM. A document whose annotation throws is rejected, not allowed to fail the task.
 */
final class AnnotateDocuments implements FlatMapFunction<Iterator<Brief>, Outcome> {
    private final DocumentExtractor extractor;

    AnnotateDocuments(DocumentExtractor extractor) {
        this.extractor = extractor;
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
                return annotate(briefs.next());
            }
        };
    }

    private Outcome annotate(Brief brief) {
        try {
            return Outcome.of(extractor.extract(brief));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.rejected(new Rejection(brief.origin(), brief.docId(), RejectReason.ANNOTATION_FAILED,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
