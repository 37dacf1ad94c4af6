package org.brieflens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The parts of the page from given data: well-formed, escaped, with their charts, caps and links. */
class SectionsHtmlTest {
    /** A sentence as briefs write them: markup characters and quotes included. */
    private static final String SENTENCE = "AT&T says <b>\"5G & AI\"</b> won't wait; R&D <script>alert('x')</script>";
    private static final Evidence EVIDENCE = new Evidence("briefs/a&b", "2026-11-16", "whats_next", SENTENCE);

    @Test
    void risingListsEachEntityWithItsEscapedSentences() {
        RisingSection.Rising company = new RisingSection.Rising("company", "company:Q1", "AT&T", 9, 2, 2, 12, 4.5,
                List.of(EVIDENCE));
        RisingSection.Rising region = new RisingSection.Rising("country", "country:FR", "France", 5, 1, 2, 12, 3.1, List.of());
        Markup markup = Markup.parse(RisingSection.html(new RisingSection.Data("2026-11-16", List.of(company), List.of(region))));

        assertThat(markup.elements("script")).isEmpty();
        assertThat(markup.elements("blockquote")).singleElement().satisfies(q -> assertThat(q.getTextContent()).isEqualTo(SENTENCE));
        assertThat(charts(markup)).containsExactly(Map.entry("rising-companies", 1), Map.entry("rising-regions", 1));
        assertThat(markup.text()).contains("No sentence text kept for these mentions.");
    }

    @Test
    void risingWithoutDatedDocumentsSaysSoAndDrawsNothing() {
        Markup markup = Markup.parse(RisingSection.html(new RisingSection.Data("", List.of(), List.of())));

        assertThat(markup.elements("svg")).isEmpty();
        assertThat(markup.text()).contains("No dated documents");
    }

    @Test
    void competitorPairsLinkToTheirEvidence() {
        List<NetworkSection.Pair> pairs = List.of(
                new NetworkSection.Pair("AMD", "Nvidia", 4, 6, "rivals", EVIDENCE),
                new NetworkSection.Pair("AT&T", "Verizon", 2, 2, "competes with", EVIDENCE),
                new NetworkSection.Pair("Intel", "Nvidia", 1, 1, "vs", null));
        Markup markup = Markup.parse(NetworkSection.html(new NetworkSection.Data(pairs, 40)));

        List<String> links = markup.elements("a").stream().map(a -> a.getAttribute("href")).toList();
        List<String> targets = markup.elements("li").stream().map(li -> "#" + li.getAttribute("id")).toList();
        assertThat(links).containsExactly("#competitor-evidence-1", "#competitor-evidence-2");
        assertThat(targets).containsExactlyElementsOf(links);
        assertThat(charts(markup)).containsExactly(Map.entry("competitors", 5 + 3)); // five companies, three pairs
        assertThat(markup.text()).contains("The 3 strongest of 40 pairs");
    }

    @Test
    void briefSectionsShowBothSectionsInOrder() {
        BriefSectionsSection.Profile happening = new BriefSectionsSection.Profile("whats_happening", "What\u2019s Happening",
                List.of(new Bar("AMD", 3)), List.of(new Bar("India", 2)), List.of(EVIDENCE));
        BriefSectionsSection.Profile next = new BriefSectionsSection.Profile("whats_next", "What\u2019s Next",
                List.of(), List.of(), List.of());
        Markup markup = Markup.parse(BriefSectionsSection.html(new BriefSectionsSection.Data(List.of(happening, next))));

        assertThat(markup.elements("h3").stream().map(Element::getTextContent)).containsExactly("What\u2019s Happening", "What\u2019s Next");
        assertThat(charts(markup)).containsExactly(Map.entry("section-whats_happening-companies", 1),
                Map.entry("section-whats_happening-regions", 1), Map.entry("section-whats_next-companies", 0),
                Map.entry("section-whats_next-regions", 0));
        assertThat(markup.text()).contains(SENTENCE, "No example sentences.");
    }

    @Test
    void shareOfVoiceAndRegionsStateTheirCaps() {
        TimeSeries series = new TimeSeries(List.of("2026-11-09", "2026-11-16"),
                List.of(new Series("AT&T", List.of(0.25, 0.5))), 40, 130);
        Markup sov = Markup.parse(ShareOfVoiceSection.html(new ShareOfVoiceSection.Data(series, series)));
        Markup regions = Markup.parse(RegionSection.html(new RegionSection.Data(List.of(new Bar("India", 45)), 22,
                List.of(new Bar("Asia", 90), new Bar("Global", 120)), 20, series)));

        assertThat(charts(sov)).containsExactly(Map.entry("sov-parents", 2), Map.entry("sov-companies", 2));
        assertThat(sov.text()).contains("Top 1 of 40 groups by mentions over the latest 2 of 130 weeks shown");
        assertThat(charts(regions)).containsExactly(Map.entry("regions-countries", 1), Map.entry("regions-macro", 2),
                Map.entry("regions-weekly", 2));
        assertThat(regions.text()).contains("Top 1 of 22 countries.", "Top 2 of 20 macro regions.");
    }

    @Test
    void runFactsComeFromTheManifest() {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("batch", "2026-11-03");
        manifest.put("duration_seconds", 44.31);
        manifest.put("versions", Map.of("spark", "4.1.1"));
        manifest.put("counts", Map.of("input", 19023, "processed", 19000, "rejected", 23, "undated", 3));
        Markup markup = Markup.parse(RunFactsSection.html(new RunFactsSection.Data(manifest,
                List.of(new Bar("bad_date", 20), new Bar("malformed_json", 3)), List.of(new Bar("processed", 19000)), 2,
                "2026-08-03", "2026-11-20")));

        Map<String, String> facts = markup.elements("tr").stream().map(tr -> tr.getElementsByTagName("td"))
                .filter(td -> td.getLength() == 2)
                .collect(Collectors.toMap(td -> td.item(0).getTextContent(), td -> td.item(1).getTextContent(), (a, b) -> a,
                        LinkedHashMap::new));
        assertThat(facts).containsEntry("Batch", "2026-11-03").containsEntry("Duration", "44.3 s")
                .containsEntry("Documents in", "19,023").containsEntry("Rejected", "23").containsEntry("Version: spark", "4.1.1")
                .containsEntry("bad_date", "20").containsEntry("malformed_json", "3").containsEntry("processed", "19,000");
        assertThat(markup.text()).contains("2026-08-03 to 2026-11-20");
    }

    /** Per chart key, its data points. */
    private static Map<String, Integer> charts(Markup markup) {
        Map<String, Integer> charts = new LinkedHashMap<>();
        for (Element svg : markup.elements("svg")) {
            org.w3c.dom.NodeList marks = svg.getElementsByTagName("*");
            int points = 0;
            for (int i = 0; i < marks.getLength(); i++) {
                points += ((Element) marks.item(i)).hasAttribute("data-point") ? 1 : 0;
            }
            charts.put(svg.getAttribute("data-chart"), points);
        }
        return charts;
    }
}
