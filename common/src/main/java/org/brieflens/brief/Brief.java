package org.brieflens.brief;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One input document, parsed: a brief from a text file or an article from a JSON Lines record.
 *
 * @param docId         stable identifier (the JSON {@code id}, or the file name without extension)
 * @param source        where the document came from (the JSON {@code source}, or the file path)
 * @param title         headline or lead question; may be empty, never null
 * @param publishedDate publication date, or null when the document is undated
 * @param origin        file and line the document was read from, for error reports
 * @param sections      content sections in reading order, never empty for a valid brief
 */
public record Brief(String docId, String source, String title, LocalDate publishedDate, String origin,
                    List<SectionText> sections) implements Serializable {
    public Brief {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /** Number of distinct brief sections (title and lead count as sections). */
    public int sectionCount() {
        return (int) sections.stream().map(SectionText::section).distinct().count();
    }

    public boolean dated() {
        return publishedDate != null;
    }
}
