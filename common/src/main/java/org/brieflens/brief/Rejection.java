package org.brieflens.brief;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input document that was not processed, with the reason.
 *
 * @param origin file and line ({@code path:line}) or the document id
 * @param docId  document id when one could be read, else null
 * @param reason why it was rejected
 * @param detail a short human-readable explanation naming the offending value
 */
public record Rejection(String origin, String docId, RejectReason reason, String detail) implements Serializable {
    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : abbreviate(detail, 300);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
