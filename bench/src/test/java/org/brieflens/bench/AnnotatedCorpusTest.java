package org.brieflens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.brieflens.extract.RelationExtractor;
import org.brieflens.extract.amount.AmountExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annotated sample the benchmarks run on: CoreNLP's real output, and inputs on which the rules
 * do their full work rather than only their early exits.
 */
class AnnotatedCorpusTest {
    private static List<AnnotatedDocument> documents;

    @BeforeAll
    static void annotateTheSample() {
        documents = AnnotatedCorpus.documents(BenchInputs.SAMPLE);
    }

    @Test
    void everySampleBriefIsAnnotatedWithOneMentionListPerSentence() {
        assertThat(documents).hasSameSizeAs(BenchInputs.briefs(BenchInputs.SAMPLE));
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.sentences()).isNotEmpty();
            assertThat(d.mentions()).hasSameSizeAs(d.sentences());
            assertThat(d.tokens()).isEqualTo(d.annotated().tokenCount()).isPositive();
        });
    }

    @Test
    void annotationIsDoneOncePerJvm() {
        assertThat(AnnotatedCorpus.documents(BenchInputs.SAMPLE)).isSameAs(documents);
    }

    @Test
    void theSampleGivesTheRelationAndAmountRulesWorkToDo() {
        long relations = documents.stream()
                .mapToLong(d -> RelationExtractor.load().extract(d.sentences(), d.mentions()).size()).sum();
        long amounts = documents.stream().mapToLong(AnnotatedCorpusTest::amounts).sum();
        long mentions = documents.stream().flatMap(d -> d.mentions().stream()).mapToLong(List::size).sum();
        assertThat(mentions).isPositive();
        assertThat(relations).isPositive();
        assertThat(amounts).isPositive();
    }

    private static long amounts(AnnotatedDocument document) {
        long found = 0;
        for (int i = 0; i < document.sentences().size(); i++) {
            found += AmountExtractor.load().extract(document.sentences().get(i), document.mentions().get(i)).size();
        }
        return found;
    }
}
