package org.brieflens.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextBriefReaderTest {
    private final TextBriefReader reader = new TextBriefReader(100_000);

    @Test
    void takesIdFromThePathAndDateFromTheFolder() {
        Brief brief = reader.read("briefs/dt=2026-09-14/cloud.txt",
                "Who wins?\r\nWhat's Happening?\r\nA deal.\r\n".getBytes(StandardCharsets.UTF_8)).brief();

        assertThat(brief.docId()).isEqualTo("briefs/dt=2026-09-14/cloud");
        assertThat(brief.publishedDate()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(brief.title()).isEqualTo("Who wins?");
        assertThat(brief.sections().get(1).text()).isEqualTo("A deal.");
    }

    @Test
    void rejectsBytesThatAreNotText() {
        assertThat(reader.read("a.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}).rejection().reason())
                .isEqualTo(RejectReason.INVALID_ENCODING);
        assertThat(reader.read("b.txt", new byte[] {'a', 0, 'b'}).rejection().reason())
                .isEqualTo(RejectReason.BINARY_CONTENT);
        assertThat(reader.read("c.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, (byte) 0xC8})
                .rejection().reason()).isEqualTo(RejectReason.BINARY_CONTENT);
    }

    @Test
    void readsBomAndCrlfLikePlainText() {
        Brief plain = reader.read("p.txt", "Who wins?\nWhat's Happening?\nA deal.\n".getBytes(StandardCharsets.UTF_8)).brief();
        Brief bom = reader.read("p.txt", "\uFEFFWho wins?\r\nWhat's Happening?\r\nA deal.\r\n".getBytes(StandardCharsets.UTF_8)).brief();

        assertThat(bom).isEqualTo(plain);
    }

    @Test
    void rejectsABriefWithHeadingsButNoText() {
        Rejection rejection = reader.read("h.txt", "Who wins?\nWhat's Happening?\n\nWhat's Next?\n".getBytes(StandardCharsets.UTF_8))
                .rejection();

        assertThat(rejection.reason()).isEqualTo(RejectReason.EMPTY_TEXT);
        assertThat(rejection.detail()).isEqualTo("brief has headings but no text under them");
    }

    @Test
    void readsTheTextOfAnHtmlPageWithBriefHeadings() {
        String html = "<!DOCTYPE html><html><head><title>Who wins?</title><style>p {color: red}</style></head>"
                + "<body><h2>What's Happening?</h2><p>Intel &amp; AMD cut prices.</p></body></html>";
        Brief brief = reader.read("h.txt", html.getBytes(StandardCharsets.UTF_8)).brief();

        assertThat(brief.title()).isEqualTo("Who wins?");
        assertThat(brief.sections()).extracting(SectionText::section).containsExactly(Section.LEAD, Section.WHATS_HAPPENING);
        assertThat(brief.sections().get(1).text()).isEqualTo("Intel & AMD cut prices.");
    }

    @Test
    void rejectsEmptyFilesAndImpossibleDates() {
        assertThat(reader.read("e.txt", new byte[0]).rejection().reason()).isEqualTo(RejectReason.EMPTY_TEXT);
        assertThat(reader.read("dt=2025-02-30/x.txt", "Text".getBytes(StandardCharsets.UTF_8)).rejection().reason())
                .isEqualTo(RejectReason.BAD_DATE);
    }
}
