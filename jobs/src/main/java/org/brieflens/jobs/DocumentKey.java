package org.brieflens.jobs;

import java.io.Serializable;

/** A document of the fact tables: its doc_id is unique within its batch, not across batches. */
record DocumentKey(String batch, String docId) implements Serializable, Comparable<DocumentKey> {
    /** Batch, then doc_id, each in Spark SQL's string order: the order "first copy" refers to. */
    @Override
    public int compareTo(DocumentKey other) {
        int byBatch = SqlOrder.compare(batch, other.batch);
        return byBatch != 0 ? byBatch : SqlOrder.compare(docId, other.docId);
    }
}
