package org.brieflens.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An annotation task that fails once (injected through the test-only conf key
 * spark.brieflens.test.failOnceMarker) is retried under local[2,2] and the run writes the same
 * tables as an undisturbed one; under plain local[2], which does not retry tasks, the same
 * injection fails the run: retries are what saved it.
 */
class TaskRetryIT {
    private static final String FAULT_KEY = "spark.brieflens.test.failOnceMarker";
    private static final String FAULT_MESSAGE = "injected task failure";

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheTablesAreUnchanged() {
        Path expected = ReferenceRuns.batchA();
        Path folder = Checkout.freshFolder("task-retry");
        Path marker = folder.resolve("fault-marker");

        SubmittedJob job = SubmittedJob.start("local[2,2]", SampleBatches.A, folder.resolve("out"),
                "--conf", FAULT_KEY + "=" + marker);
        job.assertSucceeded();

        assertThat(marker).as("marker of the injected fault").exists();
        assertThat(job.log()).contains(FAULT_MESSAGE);
        OutputTables.assertSameTables(expected, folder.resolve("out"));
    }

    @Test
    void withoutTaskRetriesTheSameFaultFailsTheRun() {
        Path folder = Checkout.freshFolder("no-retry");
        Path marker = folder.resolve("fault-marker");

        SubmittedJob job = SubmittedJob.start("local[2]", SampleBatches.A, folder.resolve("out"),
                "--conf", FAULT_KEY + "=" + marker);

        assertThat(job.awaitExit()).as("exit code (1: failure)").isEqualTo(1);
        assertThat(marker).exists();
        assertThat(job.log()).contains(FAULT_MESSAGE);
        assertThat(folder.resolve("out/_manifest.json")).doesNotExist();
    }
}
