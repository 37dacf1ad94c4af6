package org.brieflens.brief;

import java.util.Locale;
import java.util.Optional;

/** The part of a document a sentence belongs to. {@link #code()} is the value stored in the tables. */
public enum Section {
    TITLE,
    LEAD,
    WHATS_HAPPENING,
    WHY_IT_MATTERS,
    WHATS_NEXT,
    BEYOND_THE_HEADLINES,
    /** Text of an article without brief headings. */
    BODY;

    /** Longer lines are never headings. */
    private static final int MAX_HEADING_CHARS = 60;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The section a brief heading line opens, if the line is one of the known headings.
     * Matching ignores case, surrounding space and the trailing question mark or colon.
     */
    public static Optional<Section> ofHeading(String line) {
        if (line.length() > MAX_HEADING_CHARS) {
            return Optional.empty(); // also keeps the suffix pattern below linear on hostile lines
        }
        String key = line.strip().replaceAll("[?:]+$", "").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return switch (key) {
            case "what's happening" -> Optional.of(WHATS_HAPPENING);
            case "why it's important", "why it matters" -> Optional.of(WHY_IT_MATTERS);
            case "what's next" -> Optional.of(WHATS_NEXT);
            case "beyond the headlines" -> Optional.of(BEYOND_THE_HEADLINES);
            default -> Optional.empty();
        };
    }
}
