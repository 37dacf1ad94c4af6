package org.brieflens.brief;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one {@code .txt} brief. The document id is the path relative to the input root without
 * the extension; the date comes from the path ({@link BriefDates#fromPath}). A leading byte-order
 * mark and CRLF line ends are accepted; HTML markup is reduced to its text ({@link MarkupText}).
 */
public final class TextBriefReader {
    private final int maxChars;

    /** @param maxChars documents longer than this are rejected as {@link RejectReason#TOO_LARGE} */
    public TextBriefReader(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @param relativePath path of the file relative to the input root, with '/' separators
     * @param bytes        the whole file
     */
    public ParsedInput read(String relativePath, byte[] bytes) {
        String docId = relativePath.replaceFirst("\\.[A-Za-z]+$", "");
        if (InputText.looksBinary(bytes)) {
            return reject(relativePath, docId, RejectReason.BINARY_CONTENT, "file holds binary data (NUL or control bytes)");
        }
        Optional<String> decoded = InputText.decodeUtf8(bytes);
        if (decoded.isEmpty()) {
            return reject(relativePath, docId, RejectReason.INVALID_ENCODING, "file is not valid UTF-8");
        }
        String text = InputText.normalise(decoded.get());
        if (InputText.looksBinary(text)) {
            return reject(relativePath, docId, RejectReason.BINARY_CONTENT, "file holds binary data");
        }
        if (text.length() > maxChars) {
            return reject(relativePath, docId, RejectReason.TOO_LARGE,
                    text.length() + " characters, limit " + maxChars);
        }
        LocalDate date;
        try {
            date = BriefDates.fromPath(relativePath).orElse(null);
        } catch (DateTimeParseException e) {
            return reject(relativePath, docId, RejectReason.BAD_DATE, "path date '" + e.getParsedString() + "' is not a calendar date");
        }
        String plain = MarkupText.toPlainText(text);
        if (BriefParser.headingsWithoutText(plain)) {
            return reject(relativePath, docId, RejectReason.EMPTY_TEXT, "brief has headings but no text under them");
        }
        List<SectionText> sections = BriefParser.sections(plain);
        if (sections.isEmpty()) {
            return reject(relativePath, docId, RejectReason.EMPTY_TEXT, "no content after removing headings, markup and boilerplate");
        }
        String title = sections.get(0).section() == Section.BODY ? "" : sections.get(0).text();
        return ParsedInput.of(new Brief(docId, relativePath, title, date, relativePath, sections));
    }

    private static ParsedInput reject(String origin, String docId, RejectReason reason, String detail) {
        return ParsedInput.rejected(new Rejection(origin, docId, reason, detail));
    }
}
