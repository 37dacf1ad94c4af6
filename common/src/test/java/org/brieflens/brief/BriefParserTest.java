package org.brieflens.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefParserTest {
    private static final String BRIEF = """
            Can a chip start-up outrun the giants?
            What's Happening?
            A start-up from Lund shipped its first inference chip.
            Why It's Important?
            It sells into a market that two firms dominate.
            What's Next?
            Volume production starts next spring.
            Beyond the Headlines
            Export rules could slow the plan.
            AI Generated Content
            Do you find this article useful?
            """;

    @Test
    void splitsABriefIntoItsSectionsInOrder() {
        List<SectionText> sections = BriefParser.sections(BRIEF);

        assertThat(sections).extracting(SectionText::section).containsExactly(
                Section.LEAD, Section.WHATS_HAPPENING, Section.WHY_IT_MATTERS, Section.WHATS_NEXT,
                Section.BEYOND_THE_HEADLINES);
        assertThat(sections.get(0).text()).isEqualTo("Can a chip start-up outrun the giants?");
        assertThat(sections.get(4).text()).isEqualTo("Export rules could slow the plan.");
    }

    @Test
    void dropsBoilerplateWhereverItStands() {
        String text = BriefParser.sections(BRIEF).stream().map(SectionText::text).reduce("", String::concat);

        assertThat(text).doesNotContain("AI Generated Content").doesNotContain("Do you find this article useful?");
    }

    @Test
    void readsHeadingsWhateverTheirCaseAndApostrophe() {
        List<SectionText> sections = BriefParser.sections("Lead?\nWHAT\u2019S NEXT:\nMore to come.\n");

        assertThat(sections).extracting(SectionText::section).containsExactly(Section.LEAD, Section.WHATS_NEXT);
    }

    @Test
    void dropsHeadingsWithoutText() {
        List<SectionText> sections = BriefParser.sections("Only a lead?\nWhat's Happening?\n\nWhat's Next?\n");

        assertThat(sections).containsExactly(new SectionText(Section.LEAD, "Only a lead?"));
    }

    @Test
    void keepsSeveralParagraphsOfOneSection() {
        List<SectionText> sections = BriefParser.sections("Lead?\nWhat's Happening?\nFirst.\n\nSecond.\n");

        assertThat(sections.get(1).text()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void readsTextWithoutHeadingsAsTitleAndBody() {
        List<SectionText> sections = BriefParser.sections("A headline\nThe first paragraph.\nThe second.\n");

        assertThat(sections).containsExactly(
                new SectionText(Section.TITLE, "A headline"),
                new SectionText(Section.BODY, "The first paragraph.\nThe second."));
    }

    @Test
    void findsNothingInBoilerplateAndWhitespace() {
        assertThat(BriefParser.sections("  \n\nAI Generated Content\nDo you find this article useful?\n")).isEmpty();
        assertThat(BriefParser.sections("")).isEmpty();
    }

    @Test
    void findsNoBriefTextUnderHeadingsWithoutText() {
        assertThat(BriefParser.headingsWithoutText("Who?\nWhat's Happening?\n\nWhat's Next?")).isTrue();
        assertThat(BriefParser.headingsWithoutText("What's Happening?\nWhat's Next?")).isTrue();
        assertThat(BriefParser.headingsWithoutText("Who?\nWhat's Next?\nSoon.")).isFalse();
        assertThat(BriefParser.headingsWithoutText("A plain article.\nWith a body.")).isFalse();
    }

    @Test
    void checksLongLinesForHeadingsInLinearTime() {
        String line = "?".repeat(200_000) + " really";

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> assertThat(BriefParser.hasHeadings(line)).isFalse());
    }
}
