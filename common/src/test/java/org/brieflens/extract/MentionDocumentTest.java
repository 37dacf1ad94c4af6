package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Section;
import org.brieflens.brief.SectionText;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model-backed: the document-level rules on text the 3-class CRF really tags. Each brief is one
 * document; all are annotated once.
 */
class MentionDocumentTest {
    private static AnnotatedBrief article;
    private static AnnotatedBrief headline;
    private static AnnotatedBrief venture;

    @BeforeAll
    static void annotateOnce() {
        BriefAnnotator annotator = new BriefAnnotator(AnnotatorProfile.FAST);
        article = annotator.annotate(brief("a1", "Zorvex profits double", String.join(" ",
                "Tourism provides jobs for 19 million people in the south east Asian region, according to the World "
                        + "Travel and Tourism Council (WTTC).",
                "The WTTC said the recovery would be slow.",
                "Shares in Zorvex Energy jumped 6% after the firm said its field in western Europe was larger.",
                "Zorvex said production at its other fields across the globe would rise.",
                "The main index on the Sao Paolo Stock Exchange closed higher.")));
        headline = annotator.annotate(new Brief("h1", "test", "Cybric Raises $5M To Secure Apps", null, "test",
                List.of(new SectionText(Section.TITLE, "Cybric Raises $5M To Secure Apps"))));
        venture = annotator.annotate(brief("v1", "What will the venture offer?", String.join(" ",
                "A joint venture between Reliance Industries and Meta began offering its first AI services this week.",
                "The venture sells tools built on Meta's Llama models.")));
    }

    @Test
    void articleReadsAsOneDocument() {
        List<Mention> mentions = mentions(article);
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.COMPANY).extracting(Mention::entityName)
                .containsOnly("Zorvex Energy");
        assertThat(mentions).filteredOn(m -> m.macroRegion() != null).extracting(Mention::entityId)
                .contains("southeast-asia", "western-europe", "global").doesNotContain("east-asia");
    }

    @Test
    void headlineFeedNamesItsSubject() {
        assertThat(mentions(headline)).filteredOn(m -> m.type() == EntityType.COMPANY).extracting(Mention::entityName)
                .containsExactly("Cybric");
    }

    @Test
    void wordLikeNameConfirmedByTheDocument() {
        assertThat(mentions(venture)).filteredOn(m -> m.type() == EntityType.COMPANY)
                .extracting(Mention::surface).contains("Reliance Industries", "Meta");
    }

    @Test
    void sentenceResultsLineUpWithTheSentences() {
        List<List<Mention>> bySentence = MentionExtractor.packaged().extract(article.sentences());
        assertThat(bySentence).hasSameSizeAs(article.sentences());
        for (int i = 0; i < bySentence.size(); i++) {
            int index = article.sentences().get(i).index();
            assertThat(bySentence.get(i)).allSatisfy(m -> assertThat(m.sentenceIndex()).isEqualTo(index));
            assertThat(bySentence.get(i)).allSatisfy(m ->
                    assertThat(article.text().substring(m.charBegin(), m.charEnd())).isEqualTo(m.surface()));
        }
    }

    private static List<Mention> mentions(AnnotatedBrief brief) {
        return MentionExtractor.packaged().extract(brief.sentences()).stream().flatMap(List::stream).toList();
    }

    private static Brief brief(String id, String title, String body) {
        return new Brief(id, "test", title, null, "test",
                List.of(new SectionText(Section.TITLE, title), new SectionText(Section.BODY, body)));
    }
}
