package org.brieflens.brief;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one line of a JSON Lines file: exactly one object with {@code id}, {@code date} (ISO or
 * null), {@code title}, {@code source} and {@code text}; other fields are ignored, a repeated
 * field or a second value on the line makes the line malformed. HTML markup in the title and text
 * is reduced to its text. When the text is in brief format it is split into brief sections; a
 * text that only repeats the title is not counted twice.
 */
public final class JsonLinesReader {
    /** Room on a line for the fields other than the text. */
    private static final int OTHER_FIELDS = 1 << 16;

    private final ObjectMapper mapper;
    private final int maxChars;

    /** @param maxChars texts longer than this are rejected as {@link RejectReason#TOO_LARGE} */
    public JsonLinesReader(int maxChars) {
        this.maxChars = maxChars;
        this.mapper = new ObjectMapper(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLineLength()).build())
                .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The longest line, in bytes or characters, that can hold a text within the limit: a text
     * character takes at most 6 characters of JSON (an escape such as {@code \u00e9}), plus room
     * for the other fields. Longer lines are rejected as too large without being parsed.
     */
    public int maxLineLength() {
        return (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxChars + OTHER_FIELDS);
    }

    /**
     * @param origin     {@code file:line} of the record, used when the record has no usable id
     * @param fileSource file name used as {@code source} when the record has none
     * @param line       the decoded line, without its line end
     */
    public ParsedInput read(String origin, String fileSource, String line) {
        if (line.length() > maxLineLength()) {
            return reject(origin, null, RejectReason.TOO_LARGE, "line of " + line.length() + " characters, limit " + maxLineLength());
        }
        if (InputText.looksBinary(line)) {
            return reject(origin, null, RejectReason.BINARY_CONTENT, "line holds binary data");
        }
        JsonNode node;
        try {
            node = mapper.readTree(InputText.normalise(line));
        } catch (JacksonException e) {
            return reject(origin, null, RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return reject(origin, null, RejectReason.MALFORMED_JSON, "line is not a JSON object");
        }
        return readObject(origin, fileSource, node);
    }

    private ParsedInput readObject(String origin, String fileSource, JsonNode node) {
        Field id = Field.of(node, "id");
        if (id.mistyped()) {
            return reject(origin, null, RejectReason.BAD_FIELD_TYPE, "id is " + id.jsonType() + ", expected string");
        }
        if (id.value().isBlank()) {
            return reject(origin, null, RejectReason.MISSING_FIELD, "id is missing or empty");
        }
        String docId = id.value().strip();
        for (String name : List.of("title", "source", "text", "date")) {
            Field field = Field.of(node, name);
            if (field.mistyped()) {
                return reject(origin, docId, RejectReason.BAD_FIELD_TYPE, name + " is " + field.jsonType() + ", expected string");
            }
        }
        Field textField = Field.of(node, "text");
        if (textField.absent()) {
            return reject(origin, docId, RejectReason.MISSING_FIELD, "text is missing or null");
        }
        String text = InputText.normalise(textField.value());
        if (text.length() > maxChars) {
            return reject(origin, docId, RejectReason.TOO_LARGE, text.length() + " characters, limit " + maxChars);
        }
        if (InputText.looksBinary(text)) {
            return reject(origin, docId, RejectReason.BINARY_CONTENT, "text holds binary data");
        }
        Optional<LocalDate> date;
        try {
            String dateText = Field.of(node, "date").value();
            date = dateText.isBlank() ? Optional.empty() : Optional.of(BriefDates.parseIso(dateText));
        } catch (DateTimeParseException e) {
            return reject(origin, docId, RejectReason.BAD_DATE, "date '" + e.getParsedString()
                    + "' is not an ISO calendar date (yyyy-MM-dd, or an ISO date-time)");
        }
        String plain = MarkupText.toPlainText(text);
        String title = InputText.collapseSpace(MarkupText.toPlainText(Field.of(node, "title").value()));
        if (BriefParser.headingsWithoutText(plain)) {
            return reject(origin, docId, RejectReason.EMPTY_TEXT, "brief has headings but no text under them");
        }
        List<SectionText> sections = sections(title, plain);
        if (sections.stream().noneMatch(s -> s.section() != Section.TITLE) && plain.isBlank()) {
            return reject(origin, docId, RejectReason.EMPTY_TEXT, "text is blank (after removing any markup)");
        }
        String source = Field.of(node, "source").value().strip();
        return ParsedInput.of(new Brief(docId, source.isEmpty() ? fileSource : source, title,
                date.orElse(null), origin, sections));
    }

    private static List<SectionText> sections(String title, String text) {
        List<SectionText> sections = new ArrayList<>();
        if (!title.isEmpty()) {
            sections.add(new SectionText(Section.TITLE, title));
        }
        if (BriefParser.hasHeadings(text)) {
            sections.addAll(BriefParser.briefSections(text));
        } else if (!text.isBlank() && !InputText.collapseSpace(text).equals(title)) {
            sections.add(new SectionText(Section.BODY, text.strip()));
        }
        return sections;
    }

    private static ParsedInput reject(String origin, String docId, RejectReason reason, String detail) {
        return ParsedInput.rejected(new Rejection(origin, docId, reason, detail));
    }

    /** A string field that may be absent, null, or of another JSON type. */
    private record Field(JsonNode node) {
        static Field of(JsonNode object, String name) {
            return new Field(object.get(name));
        }

        boolean absent() {
            return node == null || node.isNull();
        }

        boolean mistyped() {
            return node != null && !node.isNull() && !node.isTextual();
        }

        String jsonType() {
            return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }

        String value() {
            return node == null || !node.isTextual() ? "" : node.textValue();
        }
    }
}
