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

    /**
     * SHA-256 (hex) of the document's content with runs of whitespace collapsed: the same text
     * delivered twice, under any id or in any batch, has the same hash.
     */
    public String contentHash() {
        StringBuilder content = new StringBuilder();
        sections.forEach(s -> content.append(s.section().code()).append('\n').append(InputText.collapseSpace(s.text())).append('\n'));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
