package org.brieflens.brief;

import java.util.Locale;

/** Why an input document was not processed. {@link #code()} is stored in the {@code rejected} table. */
public enum RejectReason {
    /** A JSON Lines line that is not a JSON object. */
    MALFORMED_JSON,
    /** A required field is absent or null ({@code id} or {@code text}). */
    MISSING_FIELD,
    /** A field has the wrong JSON type, for example a number where text is expected. */
    BAD_FIELD_TYPE,
    /** A date that is not an ISO {@code yyyy-MM-dd} calendar date. */
    BAD_DATE,
    /** No content left after removing headings, boilerplate and whitespace. */
    EMPTY_TEXT,
    /** Bytes that are not valid UTF-8. */
    INVALID_ENCODING,
    /** Text made mostly of control characters or binary bytes. */
    BINARY_CONTENT,
    /** A document whose text exceeds the per-document size limit. */
    TOO_LARGE,
    /** An id already seen in this run with different content. */
    DUPLICATE_ID,
    /** Annotation threw an error. */
    ANNOTATION_FAILED,
    /** Annotation took longer than the per-document time limit and was stopped. */
    TIMED_OUT,
    /** A file that could not be read at all. */
    UNREADABLE_FILE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
