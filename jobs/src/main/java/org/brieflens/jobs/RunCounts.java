package org.brieflens.jobs;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;

/**
 * Counts of one run, from one pass over the outcomes. {@code input = processed + rejected} by
 * construction: every input document ends as exactly one outcome.
 */
record RunCounts(long processed, long rejected, long undated, long mentions, long relations, long coMentions,
                 long amounts, long tokens)
        implements Serializable {

    static RunCounts of(JavaRDD<Outcome> outcomes) {
        return outcomes.map(RunCounts::of).fold(new RunCounts(0, 0, 0, 0, 0, 0, 0, 0), RunCounts::plus);
    }

    private static RunCounts of(Outcome outcome) {
        if (!outcome.processed()) {
            return new RunCounts(0, 1, 0, 0, 0, 0, 0, 0);
        }
        var doc = outcome.document();
        return new RunCounts(1, 0, doc.brief().dated() ? 0 : 1, doc.mentions().size(), doc.relations().size(),
                FactRows.coMentionCount(doc), doc.amounts().size(), doc.tokenCount());
    }

    RunCounts plus(RunCounts other) {
        return new RunCounts(processed + other.processed, rejected + other.rejected, undated + other.undated,
                mentions + other.mentions, relations + other.relations, coMentions + other.coMentions,
                amounts + other.amounts, tokens + other.tokens);
    }

    long input() {
        return processed + rejected;
    }
}
