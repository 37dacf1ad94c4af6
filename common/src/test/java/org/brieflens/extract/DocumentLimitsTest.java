package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Section;
import org.brieflens.brief.SectionText;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;
import org.junit.jupiter.api.Test;

/** Model-backed: the per-sentence and per-document limits on real CoreNLP annotation. */
class DocumentLimitsTest {
    private static final String SHORT = "Lenovo opened a plant in Hungary.";

    @Test
    void aRunOnSentenceSkipsTheNerModelButKeepsGazetteerNames() {
        String runOn = "Lenovo opened a plant in Hungary " + "and then it grew ".repeat(150) + "again.";
        Brief brief = brief("long", SHORT + "\n\n" + runOn);
        AnnotatedBrief annotated = new BriefAnnotator(AnnotatorProfile.FAST).annotate(brief);

        Sentence shortOne = annotated.sentences().get(0);
        Sentence longOne = annotated.sentences().get(1);
        assertThat(longOne.tokens()).hasSizeGreaterThan(BriefAnnotator.DEFAULT_MAX_SENTENCE_TOKENS);
        assertThat(shortOne.tokens()).extracting(Token::ner).contains("ORGANIZATION", "LOCATION");
        assertThat(longOne.tokens()).extracting(Token::ner).containsOnly("O");

        ExtractedDocument extracted = new DocumentExtractor(AnnotatorProfile.FAST).extract(brief);
        assertThat(extracted.mentions()).filteredOn(m -> m.sentenceIndex() == 1)
                .extracting(Mention::entityName).contains("Lenovo", "Hungary");
    }

    @Test
    void aDocumentPastItsTimeLimitIsStoppedAndTheThreadLeftClean() {
        Brief longBrief = brief("slow", (SHORT + " Its rival Dell sold servers in Texas and Japan. ").repeat(400));
        DocumentExtractor unhurried = new DocumentExtractor(AnnotatorProfile.FAST);
        assertThat(unhurried.extract(longBrief).mentions()).isNotEmpty(); // the document itself is fine
        DocumentExtractor hurried = new DocumentExtractor(new BriefAnnotator(AnnotatorProfile.FAST), Duration.ofMillis(20));

        assertThatThrownBy(() -> hurried.extract(longBrief)).isInstanceOf(TimeLimit.TimeLimitExceeded.class);

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        DocumentExtractor patient = new DocumentExtractor(new BriefAnnotator(AnnotatorProfile.FAST), Duration.ofSeconds(60));
        assertThat(patient.extract(brief("next", SHORT)).mentions()).extracting(Mention::entityName).contains("Lenovo");
    }

    private static Brief brief(String id, String text) {
        return new Brief(id, "test", "", null, "test", List.of(new SectionText(Section.BODY, text)));
    }
}
