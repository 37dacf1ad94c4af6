package org.brieflens.brief;

import java.io.Serializable;
import java.util.Objects;

/** The text of one section of a document, as written, without its heading. */
public record SectionText(Section section, String text) implements Serializable {
    public SectionText {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
