package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Section;
import org.brieflens.brief.SectionText;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;
import org.brieflens.nlp.Sentence;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model-backed: real sentences through the 3-class CRF, then the packaged extractor. The
 * sentences are annotated once, as the sections of one brief, so offsets run through a document.
 */
class MentionExtractorTest {
    private static final MentionExtractor EXTRACTOR = MentionExtractor.packaged();
    private static AnnotatedBrief brief;

    @BeforeAll
    static void annotateOnce() {
        brief = new BriefAnnotator(AnnotatorProfile.FAST).annotate(new Brief("m1", "test", "", null, "test", List.of(
                new SectionText(Section.LEAD, "TOKYO, Feb 26 - Sony said it would raise console prices."),
                new SectionText(Section.WHATS_HAPPENING, String.join(" ",
                        "Alibaba Cloud faces competition from AWS and Microsoft Azure.",
                        "China Mobile signed up users in Shenzhen.",
                        "Japanese regulators questioned the deal.",
                        "Zorblax Dynamics Corp. said it would cut jobs.",
                        "The European Commission fined Google for abusing its dominance.",
                        "The U.S. Justice Department sued Google.",
                        "Reuters reported that Nvidia would invest in Vietnam.",
                        "Bloomberg reported that Nvidia would invest in Vietnam.")),
                new SectionText(Section.WHY_IT_MATTERS, String.join(" ",
                        "An apple a day keeps the doctor away.",
                        "Apple pie is a classic dessert.",
                        "Apple shares rose 3% on Tuesday.",
                        "Palm oil prices rose.",
                        "Let us know what you think about the US market.",
                        "Jordan Smith, an analyst, said demand in Jordan was weak.")),
                new SectionText(Section.WHATS_NEXT, String.join(" ",
                        "SoftBank Corp's telecom arm signed a deal in APAC.",
                        "HONG KONG - Tencent shares fell.",
                        "Alibaba\u00A0Cloud opened a data center in Kuala Lumpur.")))));
    }

    @Test
    void companyAndProductResolveWithTheirParentAndOwner() {
        assertThat(mentions("Alibaba Cloud faces"))
                .extracting(Mention::type, Mention::surface, Mention::entityId, Mention::entityName, Mention::parentName)
                .containsExactly(
                        tuple(EntityType.COMPANY, "Alibaba Cloud", "alibaba-cloud", "Alibaba Cloud", "Alibaba Group"),
                        tuple(EntityType.COMPANY, "AWS", "aws", "Amazon Web Services", "Amazon"),
                        tuple(EntityType.PRODUCT, "Microsoft Azure", "Q2283", "Microsoft", null));
        assertThat(mentions("Alibaba Cloud faces")).allSatisfy(m -> {
            assertThat(m.resolved()).isTrue();
            assertThat(m.countryCode()).isNull();
        });
    }

    @Test
    void companyNamedAfterAPlaceHidesThePlace() {
        assertThat(mentions("China Mobile signed"))
                .extracting(Mention::type, Mention::surface, Mention::entityId, Mention::countryCode)
                .containsExactly(
                        tuple(EntityType.COMPANY, "China Mobile", "china-mobile", null),
                        tuple(EntityType.REGION, "Shenzhen", "CN", "CN"));
    }

    @Test
    void demonymIsACountry() {
        assertThat(mentions("Japanese regulators"))
                .extracting(Mention::type, Mention::surface, Mention::entityName, Mention::countryCode, Mention::macroRegion)
                .containsExactly(tuple(EntityType.REGION, "Japanese", "Japan", "JP", null));
    }

    @Test
    void datelineInCapitalsIsAPlace() {
        assertThat(mentions("TOKYO, Feb 26"))
                .extracting(Mention::type, Mention::surface, Mention::entityId, Mention::resolved)
                .containsExactly(
                        tuple(EntityType.REGION, "TOKYO", "JP", true),
                        tuple(EntityType.COMPANY, "Sony", "Q41187", true));
        assertThat(mentions("HONG KONG - Tencent"))
                .extracting(Mention::type, Mention::surface, Mention::countryCode)
                .containsExactly(
                        tuple(EntityType.REGION, "HONG KONG", "HK"),
                        tuple(EntityType.COMPANY, "Tencent", null));
    }

    @Test
    void unknownOrganisationIsAnUnresolvedCompanyWithItsNameNormalised() {
        Mention zorblax = single(mentions("Zorblax Dynamics"));

        assertThat(zorblax.type()).isEqualTo(EntityType.COMPANY);
        assertThat(zorblax.resolved()).isFalse();
        assertThat(zorblax.entityId()).isNull();
        assertThat(zorblax.surface()).isEqualTo("Zorblax Dynamics Corp.");
        assertThat(zorblax.entityName()).isEqualTo("Zorblax Dynamics");
        assertThat(zorblax.entityKey()).isEqualTo("COMPANY:Zorblax Dynamics");
    }

    @Test
    void governmentBodyIsNeitherACompanyNorARegion() {
        assertThat(mentions("The European Commission fined"))
                .extracting(Mention::type, Mention::surface, Mention::entityId)
                .containsExactly(tuple(EntityType.COMPANY, "Google", "Q95"));
        // Also when a place qualifies it.
        assertThat(mentions("The U.S. Justice Department"))
                .extracting(Mention::type, Mention::surface)
                .containsExactly(tuple(EntityType.COMPANY, "Google"));
    }

    @Test
    void newsAgencyCitedAsSourceIsNoCompany() {
        for (String sentence : List.of("Reuters reported", "Bloomberg reported")) {
            assertThat(mentions(sentence)).as(sentence)
                    .extracting(Mention::type, Mention::surface)
                    .containsExactly(tuple(EntityType.COMPANY, "Nvidia"), tuple(EntityType.REGION, "Vietnam"));
        }
    }

    @Test
    void wordLikeNameCountsOnlyWhereTheNerTaggedAnOrganisation() {
        assertThat(mentions("An apple a day")).isEmpty();
        assertThat(mentions("Apple pie is")).isEmpty();
        assertThat(mentions("Palm oil prices")).isEmpty();
        assertThat(mentions("Apple shares rose"))
                .extracting(Mention::type, Mention::surface, Mention::entityId)
                .containsExactly(tuple(EntityType.COMPANY, "Apple", "Q312"));
    }

    @Test
    void withoutTheWordLikeGuardTheScanWouldTakeTheWord() {
        MentionExtractor unguarded = new MentionExtractor(CompanyGazetteer.packaged(), RegionGazetteer.packaged(),
                new ScanExclusions(Set.of()));

        assertThat(unguarded.extract(sentence("Apple pie is"))).extracting(Mention::surface).containsExactly("Apple");
        assertThat(unguarded.extract(sentence("Palm oil prices"))).extracting(Mention::surface).containsExactly("Palm");
    }

    @Test
    void regionIsMatchedAsWrittenAndWithoutTheArticle() {
        assertThat(mentions("Let us know"))
                .extracting(Mention::type, Mention::surface, Mention::countryCode)
                .containsExactly(tuple(EntityType.REGION, "US", "US"));
    }

    @Test
    void personIsNotAPlace() {
        assertThat(mentions("Jordan Smith"))
                .extracting(Mention::type, Mention::surface, Mention::resolved, Mention::countryCode)
                .containsExactly(
                        tuple(EntityType.PERSON, "Jordan Smith", false, null),
                        tuple(EntityType.REGION, "Jordan", true, "JO"));
    }

    @Test
    void legalFormTellsTheSubsidiaryFromTheGroup() {
        assertThat(mentions("SoftBank Corp's"))
                .extracting(Mention::type, Mention::surface, Mention::entityId, Mention::parentId, Mention::macroRegion)
                .containsExactly(
                        tuple(EntityType.COMPANY, "SoftBank Corp", "softbank-corp", "softbank-group", null),
                        tuple(EntityType.REGION, "APAC", "asia-pacific", null, "Asia-Pacific"));
    }

    @Test
    void noBreakSpaceInsideANameStillMatches() {
        assertThat(mentions("Alibaba\u00A0Cloud opened"))
                .extracting(Mention::type, Mention::surface, Mention::entityId)
                .containsExactly(
                        tuple(EntityType.COMPANY, "Alibaba\u00A0Cloud", "alibaba-cloud"),
                        tuple(EntityType.REGION, "Kuala Lumpur", "MY"));
    }

    @Test
    void offsetsIndexTheDocumentTextAtTheSurface() {
        List<Mention> all = new ArrayList<>();
        for (Sentence sentence : brief.sentences()) {
            List<Mention> found = EXTRACTOR.extract(sentence);
            assertThat(found).as(sentence.text()).isSortedAccordingTo(Comparator.comparingInt(Mention::charBegin));
            assertThat(found).as(sentence.text()).allSatisfy(m -> {
                assertThat(brief.text().substring(m.charBegin(), m.charEnd())).isEqualTo(m.surface());
                assertThat(m.charBegin()).isGreaterThanOrEqualTo(sentence.begin());
                assertThat(m.charEnd()).isLessThanOrEqualTo(sentence.end());
                assertThat(m.sentenceIndex()).isEqualTo(sentence.index());
                assertThat(m.section()).isEqualTo(sentence.section());
            });
            all.addAll(found);
        }
        // Sentence-local offsets would fail the substring check in every section but the first.
        assertThat(all).extracting(Mention::section).contains(Section.LEAD, Section.WHATS_NEXT);
        assertThat(all).extracting(Mention::charBegin).doesNotHaveDuplicates();
    }

    @Test
    void extractionIsRepeatable() {
        Sentence sentence = sentence("Alibaba Cloud faces");
        assertThat(EXTRACTOR.extract(sentence)).isEqualTo(EXTRACTOR.extract(sentence));
        assertThat(MentionExtractor.packaged()).isSameAs(EXTRACTOR);
    }

    // --- helpers ---

    private static Sentence sentence(String start) {
        List<Sentence> found = brief.sentences().stream().filter(s -> s.text().startsWith(start)).toList();
        assertThat(found).as("one sentence starting with '%s' in %s", start, brief.sentences()).hasSize(1);
        return found.get(0);
    }

    private static List<Mention> mentions(String sentenceStart) {
        return EXTRACTOR.extract(sentence(sentenceStart));
    }

    private static Mention single(List<Mention> mentions) {
        assertThat(mentions).hasSize(1);
        return mentions.get(0);
    }
}
