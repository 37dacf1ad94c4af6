package org.brieflens.brief;

import java.io.Serializable;

/** Either a parsed {@link Brief} or a {@link Rejection}; exactly one is non-null. */
public record ParsedInput(Brief brief, Rejection rejection) implements Serializable {
    public ParsedInput {
        if ((brief == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of brief and rejection must be set");
        }
    }

    public static ParsedInput of(Brief brief) {
        return new ParsedInput(brief, null);
    }

    public static ParsedInput rejected(Rejection rejection) {
        return new ParsedInput(null, rejection);
    }

    public boolean accepted() {
        return brief != null;
    }
}
