package org.brieflens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's command line fails fast, with one line naming the problem and the job's exit codes. */
class ReportMainTest {
    @TempDir
    Path empty;

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--ouput", "x")).isEqualTo("2 brieflens: unknown option '--ouput'; usage: ReportMain --output DIR [--master URL]");
    }

    @Test
    void outputIsRequiredAndNeedsAValue() {
        assertThat(run()).startsWith("2 brieflens: --output is required");
        assertThat(run("--output")).startsWith("2 brieflens: option --output needs a value");
    }

    @Test
    void aFolderWithoutManifestIsAnInputError() {
        assertThat(run("--output", empty.toString())).isEqualTo("3 brieflens: no _manifest.json in 'file:" + empty
                + "': not a brieflens output folder");
    }

    /** The exit code and the one line printed on standard error. */
    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReportMain.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        return code + " " + err.toString(StandardCharsets.UTF_8).strip();
    }
}
