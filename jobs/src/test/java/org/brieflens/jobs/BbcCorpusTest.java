package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the real 850-article BBC business and technology corpus beside the checkout
 * (../shared/corpora, research use only, never copied into the project): every valid article is
 * processed, none rejected. Skipped, with a message, where the corpus is absent.
 */
class BbcCorpusTest {
    static final Path BBC = Path.of("..", "..", "shared", "corpora", "bbc_business_tech", "bbc_business_tech.jsonl");

    @Test
    void processesEveryArticleOfTheBbcCorpus(@TempDir Path output) throws Exception {
        assumeTrue(Files.isRegularFile(BBC), "BBC corpus not found at " + BBC.toAbsolutePath() + ": test skipped");
        long lines = Files.lines(BBC).filter(l -> !l.isBlank()).count();
        SparkSession spark = SparkTestSession.get();

        Manifest manifest = BriefLensJob.run(spark, new JobOptions(BBC.toString(), output.toString(), null,
                AnnotatorProfile.FAST, null, 0, JobOptions.DEFAULT_MAX_DOC_CHARS).withReport(false));

        assertThat(manifest.counts().input()).isEqualTo(lines);
        assertThat(manifest.counts().rejected()).isZero();
        assertThat(manifest.counts().processed()).isEqualTo(lines);
        assertThat(manifest.counts().undated()).isEqualTo(lines); // the corpus carries no dates
        assertThat(manifest.batch()).isEqualTo("bbc_business_tech");
        assertThat(spark.read().parquet(output.resolve(Tables.MENTIONS).toString())
                .where("entity_type = 'COMPANY' AND entity_name = 'Google'").count()).isPositive();
        assertThat(spark.read().parquet(output.resolve(Tables.COMPANY_TRENDS).toString()).count())
                .as("undated documents stay out of trends").isZero();
    }
}
