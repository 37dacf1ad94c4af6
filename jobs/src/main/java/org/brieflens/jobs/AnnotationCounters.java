package org.brieflens.jobs;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.brieflens.brief.Brief;

/**
 * What the annotate step has done so far: documents, their tokens and characters. Tasks add to
 * these as they go; the driver reads them live ({@link Progress}) from executor heartbeats.
 */
record AnnotationCounters(LongAccumulator documents, LongAccumulator tokens, LongAccumulator chars)
        implements Serializable {

    static AnnotationCounters register(SparkContext spark) {
        return new AnnotationCounters(spark.longAccumulator("brieflens.annotated.documents"),
                spark.longAccumulator("brieflens.annotated.tokens"), spark.longAccumulator("brieflens.annotated.chars"));
    }

    void add(Brief brief, Outcome outcome) {
        documents.add(1);
        chars.add(TokenBalance.length(brief));
        if (outcome.processed()) {
            tokens.add(outcome.document().tokenCount());
        }
    }
}
