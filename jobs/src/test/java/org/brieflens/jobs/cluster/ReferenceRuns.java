package org.brieflens.jobs.cluster;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.brieflens.jobs.BriefLensJob;
import org.brieflens.jobs.Folders;
import org.brieflens.jobs.JobOptions;
import org.brieflens.jobs.SparkTestSession;
import org.brieflens.nlp.AnnotatorProfile;

/**
 * Undisturbed runs on a local[2] session in this JVM, the outputs every disturbed run must equal:
 * batch a alone, and batch a followed by batch b in one output folder. Computed once per JVM.
 */
final class ReferenceRuns {
    private static Path batchA;
    private static Path batchesAB;

    private ReferenceRuns() {
    }

    /** The output folder after batch a alone. */
    static synchronized Path batchA() {
        compute();
        return batchA;
    }

    /** The output folder after batch a, then batch b. */
    static synchronized Path batchesAB() {
        compute();
        return batchesAB;
    }

    private static void compute() {
        if (batchA != null) {
            return;
        }
        SparkSession spark = SparkTestSession.get();
        Path a = Checkout.freshFolder("reference-a").resolve("out");
        BriefLensJob.run(spark, options(SampleBatches.A, a));
        Path ab = Checkout.freshFolder("reference-ab").resolve("out");
        Folders.copyTree(a, ab); // the same state as having run batch a in this folder
        BriefLensJob.run(spark, options(SampleBatches.B, ab));
        batchA = a;
        batchesAB = ab;
    }

    static JobOptions options(String batch, Path output) {
        return new JobOptions(SampleBatches.folder(batch).toString(), output.toString(), null, AnnotatorProfile.FAST,
                batch, 0, 1_000_000).withReport(false);
    }
}
