package org.brieflens.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
    private final JsonLinesReader reader = new JsonLinesReader(10_000);

    private ParsedInput read(String line) {
        return reader.read("f.jsonl:7", "f.jsonl", line);
    }

    @Test
    void readsAnArticleWithTitleAndBody() {
        Brief brief = read("""
                {"id": "a1", "date": "2026-10-05", "title": "Chips  up", "source": "Wire", "text": "Body one.\\nBody two.", "extra": 1}""")
                .brief();

        assertThat(brief.docId()).isEqualTo("a1");
        assertThat(brief.publishedDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(brief.source()).isEqualTo("Wire");
        assertThat(brief.origin()).isEqualTo("f.jsonl:7");
        assertThat(brief.sections()).containsExactly(
                new SectionText(Section.TITLE, "Chips up"), new SectionText(Section.BODY, "Body one.\nBody two."));
    }

    @Test
    void doesNotCountATextThatRepeatsTheTitleTwice() {
        Brief brief = read("{\"id\": \"t\", \"date\": null, \"title\": \"Acme buys Beta\", \"text\": \"Acme  buys Beta\"}").brief();

        assertThat(brief.sections()).containsExactly(new SectionText(Section.TITLE, "Acme buys Beta"));
        assertThat(brief.dated()).isFalse();
        assertThat(brief.source()).isEqualTo("f.jsonl");
    }

    @Test
    void splitsABriefInsideTheText() {
        Brief brief = read("{\"id\": \"b\", \"title\": \"\", \"text\": \"Why?\\nWhat's Next?\\nMore.\"}").brief();

        assertThat(brief.sections()).extracting(SectionText::section).containsExactly(Section.LEAD, Section.WHATS_NEXT);
    }

    @Test
    void rejectsEachKindOfBadLineWithItsReason() {
        assertThat(read("{\"id\": \"x\", \"text\": ").rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(read("[1, 2]").rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(read("{\"text\": \"no id\"}").rejection().reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(read("{\"id\": 12, \"text\": \"t\"}").rejection().reason()).isEqualTo(RejectReason.BAD_FIELD_TYPE);
        assertThat(read("{\"id\": \"x\", \"text\": [\"t\"]}").rejection().reason()).isEqualTo(RejectReason.BAD_FIELD_TYPE);
        assertThat(read("{\"id\": \"x\", \"text\": \"   \"}").rejection().reason()).isEqualTo(RejectReason.EMPTY_TEXT);
        assertThat(read("{\"id\": \"x\", \"title\": \"Headline only\"}").rejection().reason())
                .isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(read("{\"id\": \"x\", \"text\": null}").rejection().detail()).isEqualTo("text is missing or null");
        assertThat(read("{\"id\": \"x\", \"date\": \"2025-02-30\", \"text\": \"t\"}").rejection().reason())
                .isEqualTo(RejectReason.BAD_DATE);
        assertThat(read("{\"id\": \"x\", \"date\": \"March 3, 2025\", \"text\": \"t\"}").rejection().detail())
                .contains("March 3, 2025");
        assertThat(read("{\"id\": \"x\", \"text\": \"a\u0000b\"}").rejection().reason()).isEqualTo(RejectReason.BINARY_CONTENT);
    }

    @Test
    void rejectsLinesThatAreNotExactlyOneObject() {
        assertThat(read("{\"id\": \"a\", \"text\": \"one\"} {\"id\": \"b\", \"text\": \"two\"}").rejection().reason())
                .isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(read("{\"id\": \"a\", \"text\": \"one\", \"text\": \"two\"}").rejection().detail())
                .contains("Duplicate field 'text'");
        assertThat(read("\"just a string\"").rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(read("[".repeat(5_000) + "]".repeat(5_000)).rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void rejectsBinaryTextAndBriefsWithoutText() {
        assertThat(read("{\"id\": \"x\", \"text\": \"a\\u0000b\"}").rejection().reason()).isEqualTo(RejectReason.BINARY_CONTENT);
        assertThat(read("{\"id\": \"x\", \"text\": \"Will it ship?\\nWhat's Happening?\\nWhat's Next?\"}").rejection())
                .extracting(Rejection::reason, Rejection::detail)
                .containsExactly(RejectReason.EMPTY_TEXT, "brief has headings but no text under them");
        assertThat(read("{\"id\": \"x\", \"title\": \"T\", \"text\": \"<div><br/></div>\"}").rejection().reason())
                .isEqualTo(RejectReason.EMPTY_TEXT);
    }

    @Test
    void takesTheDateOfAnIsoDateTimeAndRejectsOtherForms() {
        assertThat(read("{\"id\": \"x\", \"date\": \"2025-03-04T23:30:00-05:00\", \"text\": \"t\"}").brief().publishedDate())
                .isEqualTo(LocalDate.of(2025, 3, 4));
        for (String date : List.of("03/04/2025", "2025-13-01", "yesterday", "2025-02-30T10:00:00Z", "20250304")) {
            assertThat(read("{\"id\": \"x\", \"date\": \"" + date + "\", \"text\": \"t\"}").rejection())
                    .extracting(Rejection::reason, Rejection::detail)
                    .containsExactly(RejectReason.BAD_DATE, "date '" + date + "' is not an ISO calendar date (yyyy-MM-dd, or an ISO date-time)");
        }
    }

    @Test
    void readsTheTextOfHtmlMarkup() {
        Brief brief = read("{\"id\": \"h\", \"title\": \"<b>AT&amp;T</b> deal\", "
                + "\"text\": \"<p>AT&amp;T signed with Nokia.</p><script>var x = '<p>';</script><p>It closes in May.</p>\"}").brief();

        assertThat(brief.title()).isEqualTo("AT&T deal");
        assertThat(brief.sections().get(1).text()).isEqualTo("AT&T signed with Nokia.\n\nIt closes in May.");
    }

    @Test
    void rejectsTextsOverTheSizeLimit() {
        Rejection rejection = new JsonLinesReader(5).read("o", "f", "{\"id\": \"x\", \"text\": \"123456\"}").rejection();

        assertThat(rejection.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(rejection.docId()).isEqualTo("x");
    }

    @Test
    void readsAFileLineByLineKeepingLineNumbersAndSkippingBlankLines() {
        byte[] bytes = ("\uFEFF{\"id\": \"a\", \"text\": \"one\"}\r\n\n{broken\n"
                + "{\"id\": \"c\", \"text\": \"three\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withBadUtf8 = concat(bytes, new byte[] {'\n', (byte) 0xC3, (byte) 0x28, '\n'});
        List<ParsedInput> records = new ArrayList<>();
        new JsonLinesFile(new ByteArrayInputStream(withBadUtf8), "in.jsonl", reader).forEachRemaining(records::add);

        assertThat(records).hasSize(4);
        assertThat(records.get(0).brief().docId()).isEqualTo("a");
        assertThat(records.get(1).rejection().origin()).isEqualTo("in.jsonl:3");
        assertThat(records.get(2).brief().origin()).isEqualTo("in.jsonl:4");
        assertThat(records.get(3).rejection().reason()).isEqualTo(RejectReason.INVALID_ENCODING);
    }

    @Test
    void rejectsAGiantLineWithoutKeepingItAndReadsOn() {
        JsonLinesReader small = new JsonLinesReader(10);
        String giant = "{\"id\": \"g\", \"text\": \"" + "x".repeat(small.maxLineLength() + 10) + "\"}";
        byte[] bytes = (giant + "\n{\"id\": \"b\", \"text\": \"ok\"}\n").getBytes(StandardCharsets.UTF_8);
        List<ParsedInput> records = new ArrayList<>();
        new JsonLinesFile(new ByteArrayInputStream(bytes), "in.jsonl", small).forEachRemaining(records::add);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).rejection().reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(records.get(0).rejection().detail()).contains(Integer.toString(giant.length()));
        assertThat(records.get(1).brief().docId()).isEqualTo("b");
    }

    @Test
    void reportsABinaryLineAsBinaryEvenWhenItIsNotUtf8() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', 0x1A, 0, 0, (byte) 0xFF, '\n'};
        List<ParsedInput> records = new ArrayList<>();
        new JsonLinesFile(new ByteArrayInputStream(bytes), "in.jsonl", reader).forEachRemaining(records::add);

        assertThat(records).singleElement().extracting(r -> r.rejection().reason()).isEqualTo(RejectReason.BINARY_CONTENT);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
