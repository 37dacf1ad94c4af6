package org.brieflens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, number formats, scales and the HTML tables and page. */
class HtmlTest {
    @Test
    void escapesTheFiveSpecialCharactersAndNothingElse() {
        assertThat(Html.text("<a href=\"x\">R&D's</a> \u00e9\u2014\u4e2d")).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt; \u00e9\u2014\u4e2d");
        assertThat(Html.text(null)).isEmpty();
        assertThat(Html.text("&amp;")).isEqualTo("&amp;amp;"); // text is never taken for markup
    }

    @Test
    void formatsNumbersWithoutLocaleSurprises() {
        assertThat(Html.count(19023)).isEqualTo("19,023");
        assertThat(Html.percent(0.1234)).isEqualTo("12.3%");
        assertThat(Html.decimal(2.50, 2)).isEqualTo("2.5");
        assertThat(Html.decimal(100.0, 1)).isEqualTo("100");
    }

    @Test
    void scalesRoundTheirMaximumUpToANiceNumber() {
        Scale counts = Scale.ofCounts(37, 0, 100);
        assertThat(counts.max()).isEqualTo(40);
        assertThat(counts.ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
        assertThat(counts.px(20)).isEqualTo(50);
        assertThat(counts.px(-5)).isZero();
        assertThat(counts.px(Double.NaN)).isZero();
        assertThat(Scale.ofCounts(1, 0, 100).ticks()).containsExactly(0.0, 1.0); // no half mentions
        assertThat(Scale.ofValues(0.23, 300, 0).max()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Scale.ofCounts(0, 0, 100).max()).isEqualTo(1); // an empty chart still has an axis
        assertThat(Scale.niceStep(0.03)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Scale.niceStep(120)).isEqualTo(200);
    }

    @Test
    void dataTablesEscapeCellsAndAlignNumbers() {
        Markup table = Markup.parse(DataTable.behindChart(List.of("Company", "Share"),
                List.of(List.of("<b>AT&T</b>", "12.5%"), List.of("Nvidia", "1,024"))));

        assertThat(table.elements("summary").get(0).getTextContent()).isEqualTo("Data (2 rows)");
        assertThat(table.elements("b")).isEmpty();
        assertThat(table.elements("td").stream().map(td -> td.getTextContent() + "|" + td.getAttribute("class")).toList())
                .containsExactly("<b>AT&T</b>|", "12.5%|num", "Nvidia|", "1,024|num");
    }

    @Test
    void pageHasNavigationToEachPartAndOneScript() {
        String page = ReportPage.html("brieflens <report>", "Output 'x' & more",
                List.of(new ReportPage.Part("one", "One & only", "<section id=\"one\"></section>\n"),
                        new ReportPage.Part("two", "Two", "<section id=\"two\"></section>\n")));

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<title>brieflens &lt;report&gt;</title>").contains("Output &#39;x&#39; &amp; more")
                .contains("<a href=\"#one\">One &amp; only</a><a href=\"#two\">Two</a>");
        assertThat(page.split("<script", -1)).hasSize(2);
        assertThat(page.indexOf("<section id=\"one\">")).isLessThan(page.indexOf("<section id=\"two\">"));
    }
}
