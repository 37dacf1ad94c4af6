package org.brieflens.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluate command on the dev gold set: brieflens against plain CoreNLP, with the quality
 * targets of the extraction work. Needs the corpora beside the checkout (../shared/corpora);
 * skipped with a message where they are absent.
 */
class EvaluateTest {
    private static final Path GOLD = Path.of("..", "eval", "dev-gold.jsonl");
    private static final Path CORPORA = Path.of("..", "..", "shared", "corpora");
    private static final Map<Field, Double> TARGETS = Map.of(Field.COMPANIES, 0.92, Field.COUNTRIES, 0.90,
            Field.MACRO_REGIONS, 0.80, Field.COMPETITORS, 0.75, Field.PARTNERS, 0.65);
    private static Evaluation.Result brieflens;
    private static Evaluation.Result baseline;
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        assumeTrue(Files.isDirectory(CORPORA), "corpora not found at " + CORPORA.toAbsolutePath() + ": skipped");
        evaluation = Evaluate.evaluation(GOLD, CORPORA, Path.of("..", "data"));
        brieflens = evaluation.score(new BrieflensExtractor(AnnotatorProfile.FAST, Evaluate.keys()), null);
        baseline = evaluation.score(new CoreNlpBaseline(Evaluate.keys()), null);
    }

    @Test
    void scoresEveryDocumentOfTheGoldSet() {
        assertThat(evaluation.available()).hasSize(86);
        assertThat(brieflens.documents()).isEqualTo(86);
    }

    @Test
    void meetsTheTargetsAndBeatsPlainCoreNlpByATenthOnEveryField() {
        for (Map.Entry<Field, Double> target : TARGETS.entrySet()) {
            Field field = target.getKey();
            assertThat(brieflens.f1(field)).as(field.label()).isGreaterThanOrEqualTo(target.getValue());
            assertThat(brieflens.f1(field)).as(field.label() + " against baseline")
                    .isGreaterThanOrEqualTo(baseline.f1(field) + 0.1);
        }
    }

    @Test
    void printsPrecisionRecallAndF1PerField() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Evaluate.print(GOLD, evaluation, List.of(brieflens, baseline), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);

        for (Field field : Field.values()) {
            assertThat(table).containsPattern(field.label() + " +\\| +[01]\\.\\d{3} +[01]\\.\\d{3} +[01]\\.\\d{3}");
        }
        assertThat(table).contains("brieflens (fast)").contains("plain CoreNLP");
    }

    @Test
    void scoresAPerfectPredictionAsOne() {
        Score perfect = Score.of(java.util.Set.of("a", "b"), java.util.Set.of("a", "b"));
        Score half = Score.of(java.util.Set.of("a", "x"), java.util.Set.of("a", "b"));

        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(half.precision()).isEqualTo(0.5);
        assertThat(half.recall()).isEqualTo(0.5);
    }
}
