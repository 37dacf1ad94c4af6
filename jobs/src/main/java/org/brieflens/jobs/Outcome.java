package org.brieflens.jobs;

import java.io.Serializable;
import org.brieflens.brief.Rejection;
import org.brieflens.extract.ExtractedDocument;

/** What became of one input document: extracted, or rejected. Exactly one field is set. */
record Outcome(ExtractedDocument document, Rejection rejection) implements Serializable {
    static Outcome of(ExtractedDocument document) {
        return new Outcome(document, null);
    }

    static Outcome rejected(Rejection rejection) {
        return new Outcome(null, rejection);
    }

    boolean processed() {
        return document != null;
    }
}
