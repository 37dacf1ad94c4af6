package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Section;
import org.brieflens.brief.SectionText;
import org.brieflens.extract.EntityType;
import org.brieflens.extract.Mention;
import org.brieflens.extract.MentionExtractor;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;
import org.brieflens.nlp.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model-backed: the contract examples through the real FAST pipeline (tokenizer, splitter, CRF),
 * so token shapes ("$" "53", "1.13" "bn", "£" "600m") are the production ones. Company mentions are
 * made by hand on the real sentences, so these tests do not depend on the gazetteers; one test runs
 * the packaged MentionExtractor and checks only what cannot depend on its details.
 */
class AmountExtractorModelTest {
    private static final String TEXT = String.join(" ",
            "The company's Cloud Intelligence Group reported a 26% year-over-year revenue increase in Q2 2025.",
            "Samsung announced a three-year, $53 billion investment plan in chips.",
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to"
                    + " December.",
            "Its shares fell 3.5% on Friday.",
            "Reliance will invest Rs 1,200 crore, and Acme raised $20M in a Series B, valuing it at $3bn.",
            "Intel said it would cut 1,000 jobs.");
    private static List<Sentence> sentences;

    @BeforeAll
    static void annotate() {
        AnnotatedBrief annotated = new BriefAnnotator(AnnotatorProfile.FAST).annotate(new Brief("d1", "test", "", null,
                "test", List.of(new SectionText(Section.BODY, TEXT))));
        sentences = annotated.sentences();
    }

    @Test
    void splitsTheTextIntoTheExpectedSentences() {
        assertThat(sentences).hasSize(6);
    }

    @Test
    void cloudIntelligenceGroupWithoutACompanyMention() {
        assertThat(extract(0)).singleElement()
                .extracting(Amount::kind, Amount::value, Amount::direction, Amount::basis, Amount::period,
                        Amount::metric, Amount::companyName)
                .containsExactly(Amount.PERCENT, 26.0, "up", "yoy", "2025-Q2", "revenue", null);
    }

    @Test
    void samsungInvestment() {
        assertThat(extract(1, "Samsung")).singleElement()
                .extracting(Amount::surface, Amount::value, Amount::currency, Amount::metric, Amount::companyName)
                .containsExactly("$53 billion", 5.3e10, "USD", "investment", "Samsung");
    }

    @Test
    void timeWarnerProfits() {
        assertThat(extract(2, "TimeWarner"))
                .extracting(Amount::surface, Amount::kind, Amount::value, Amount::currency, Amount::direction,
                        Amount::metric, Amount::companyName)
                .containsExactly(
                        tuple("76%", Amount.PERCENT, 76.0, null, "up", "profit", "TimeWarner"),
                        tuple("$1.13bn", Amount.MONEY, 1.13e9, "USD", "up", "profit", "TimeWarner"),
                        tuple("£600m", Amount.MONEY, 6.0e8, "GBP", "up", "profit", "TimeWarner"));
    }

    @Test
    void sharesFell() {
        assertThat(extract(3)).singleElement().extracting(Amount::value, Amount::direction, Amount::metric)
                .containsExactly(3.5, "down", "shares");
    }

    @Test
    void rupeesFundingAndValuationAndNoJobs() {
        assertThat(extract(4, "Reliance", "Acme"))
                .extracting(Amount::surface, Amount::value, Amount::currency, Amount::metric, Amount::companyName)
                .containsExactly(tuple("Rs 1,200 crore", 1.2e10, "INR", "investment", "Reliance"),
                        tuple("$20M", 2.0e7, "USD", "funding", "Acme"),
                        tuple("$3bn", 3.0e9, "USD", "valuation", "Acme"));
        assertThat(extract(5)).isEmpty();
    }

    @Test
    void withThePackagedMentionExtractorTheCompanyIsOneOfTheSentencesCompanies() {
        for (Sentence sentence : sentences) {
            List<Mention> mentions = MentionExtractor.packaged().extract(sentence);
            List<Amount> withMentions = AmountExtractor.load().extract(sentence, mentions);
            List<Amount> without = AmountExtractor.load().extract(sentence, List.of());

            assertThat(withMentions).extracting(Amount::surface, Amount::value, Amount::metric, Amount::direction)
                    .containsExactlyElementsOf(without.stream()
                            .map(a -> tuple(a.surface(), a.value(), a.metric(), a.direction())).toList());
            List<String> companies = mentions.stream().filter(m -> m.type().company()).map(Mention::entityName).toList();
            assertThat(withMentions).allSatisfy(a -> {
                if (companies.isEmpty()) {
                    assertThat(a.companyName()).isNull();
                } else {
                    assertThat(a.companyName()).isIn(companies);
                }
            });
        }
    }

    /** Amounts of sentence i, with hand-made company mentions for the given surfaces. */
    private static List<Amount> extract(int i, String... companies) {
        Sentence s = sentences.get(i);
        List<Mention> mentions = new ArrayList<>();
        for (String c : companies) {
            int begin = s.begin() + s.text().indexOf(c);
            mentions.add(new Mention(s.index(), s.section(), begin, begin + c.length(), c, EntityType.COMPANY,
                    c.toLowerCase(), c, true, null, null, null, null));
        }
        mentions.sort((a, b) -> Integer.compare(a.charBegin(), b.charBegin()));
        return AmountExtractor.load().extract(s, mentions);
    }
}
