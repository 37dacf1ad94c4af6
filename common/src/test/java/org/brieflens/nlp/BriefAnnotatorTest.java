package org.brieflens.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Section;
import org.brieflens.brief.SectionText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Model-backed: runs the real 3-class CRF through the per-JVM pipeline. */
class BriefAnnotatorTest {
    private static final BriefAnnotator ANNOTATOR = new BriefAnnotator(AnnotatorProfile.FAST);
    private static AnnotatedBrief annotated;

    @BeforeAll
    static void annotateOnce() {
        annotated = ANNOTATOR.annotate(new Brief("d1", "test", "Is Lenovo winning?", null, "test", List.of(
                new SectionText(Section.LEAD, "Is Lenovo winning?"),
                new SectionText(Section.WHATS_HAPPENING, "Lenovo opened a plant in Hungary. Its rival Dell did not"),
                new SectionText(Section.WHATS_NEXT, "Analysts in Tokyo expect more."))));
    }

    @Test
    void keepsEverySentenceInItsSection() {
        assertThat(annotated.sentences()).extracting(Sentence::section).containsExactly(
                Section.LEAD, Section.WHATS_HAPPENING, Section.WHATS_HAPPENING, Section.WHATS_NEXT);
        assertThat(annotated.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void neverJoinsASentenceWithoutFinalStopToTheNextSection() {
        assertThat(annotated.sentences().get(2).text()).isEqualTo("Its rival Dell did not");
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        for (Sentence sentence : annotated.sentences()) {
            assertThat(annotated.text().substring(sentence.begin(), sentence.end())).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(annotated.text().substring(token.begin(), token.end())).isEqualTo(token.text());
            }
        }
    }

    @Test
    void tagsOrganisationsAndPlaces() {
        List<Token> tokens = annotated.sentences().get(1).tokens();

        assertThat(tokens.get(0)).extracting(Token::text, Token::ner).containsExactly("Lenovo", "ORGANIZATION");
        assertThat(tokens).filteredOn(t -> t.text().equals("Hungary")).extracting(Token::ner).containsExactly("LOCATION");
        assertThat(annotated.tokenCount()).isEqualTo(annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
    }

    @Test
    void buildsOnePipelinePerProfileAndJvm() {
        ANNOTATOR.annotate(new Brief("d2", "t", "", null, "t", List.of(new SectionText(Section.BODY, "IBM grew."))));
        int built = Pipelines.built();
        ANNOTATOR.annotate(new Brief("d3", "t", "", null, "t", List.of(new SectionText(Section.BODY, "SAP grew."))));

        assertThat(Pipelines.built()).isEqualTo(built);
        assertThat(Pipelines.loadMillis(AnnotatorProfile.FAST)).isPositive();
    }

    @Test
    void aPreloadBuildsThePipelineInTheBackgroundOnceForItsLaterUsers() throws InterruptedException {
        int before = Pipelines.built();
        int sentenceLimit = 77; // a pipeline no other test builds
        Pipelines.preload(AnnotatorProfile.FAST, sentenceLimit);
        for (int waited = 0; Pipelines.built() == before && waited < 600; waited++) {
            Thread.sleep(100);
        }
        assertThat(Pipelines.built()).isEqualTo(before + 1);

        Pipelines.preload(AnnotatorProfile.FAST, sentenceLimit);
        AnnotatedBrief brief = new BriefAnnotator(AnnotatorProfile.FAST, sentenceLimit).annotate(
                new Brief("d4", "t", "", null, "t", List.of(new SectionText(Section.BODY, "Lenovo grew in Hungary."))));
        assertThat(brief.tokenCount()).isEqualTo(5);
        assertThat(Pipelines.built()).isEqualTo(before + 1);
    }

    @Test
    void givesTheSameTagsWhateverWasAnnotatedBefore() {
        Brief brief = new Brief("d3", "t", "", null, "t",
                List.of(new SectionText(Section.BODY, "shares of zorblax rose after Zorblax Corp. met Acme.")));
        List<String> first = tags(ANNOTATOR.annotate(brief));
        for (int i = 0; i < 5; i++) {
            ANNOTATOR.annotate(new Brief("noise" + i, "t", "", null, "t",
                    List.of(new SectionText(Section.BODY, "zorblax zorblax met the zorblax of Zorblax in Paris."))));
        }
        assertThat(tags(ANNOTATOR.annotate(brief))).isEqualTo(first);
    }

    private static List<String> tags(AnnotatedBrief brief) {
        return brief.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::ner).toList();
    }
}
