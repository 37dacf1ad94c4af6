package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.brieflens.nlp.AnnotatorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobOptionsTest {
    @TempDir
    Path temp;

    @Test
    void parsesEveryOptionInBothForms() {
        JobOptions options = JobOptions.parse("--input", "in", "--output=out", "--profile", "accurate",
                "--batch", "2026-11-03", "--partitions", "8", "--max-doc-chars", "500", "--master", "local[2]").orElseThrow();

        assertThat(options).isEqualTo(new JobOptions("in", "out", "local[2]", AnnotatorProfile.ACCURATE,
                "2026-11-03", 8, 500));
    }

    @Test
    void parsesTheLimits() {
        JobOptions options = JobOptions.parse("--input", "in", "--output", "out", "--max-sentence-tokens", "80",
                "--max-doc-seconds=5", "--max-reject-rate", "0.25").orElseThrow();

        assertThat(options.maxSentenceTokens()).isEqualTo(80);
        assertThat(options.maxDocSeconds()).isEqualTo(5);
        assertThat(options.maxRejectRate()).isEqualTo(0.25);
        assertThat(options.report()).isTrue();
        assertThat(JobOptions.parse("--input", "in", "--output", "out", "--report", "off").orElseThrow().report()).isFalse();
    }

    @Test
    void appliesDefaults() {
        JobOptions options = JobOptions.parse("--input", "in", "--output", "out").orElseThrow();

        assertThat(options.profile()).isEqualTo(AnnotatorProfile.FAST);
        assertThat(options.master()).isNull();
        assertThat(options.maxDocChars()).isEqualTo(JobOptions.DEFAULT_MAX_DOC_CHARS);
        assertThat(options.maxSentenceTokens()).isEqualTo(JobOptions.DEFAULT_MAX_SENTENCE_TOKENS);
        assertThat(options.maxDocSeconds()).isEqualTo(JobOptions.DEFAULT_MAX_DOC_SECONDS);
        assertThat(options.maxRejectRate()).isNull();
    }

    @Test
    void namesTheOffendingValue() {
        assertUsage(new String[] {"--input", "in", "--output", "o", "--colour", "red"}, "unknown option '--colour'");
        assertUsage(new String[] {"--output", "o"}, "missing required option --input");
        assertUsage(new String[] {"--input", "in", "--output", "o", "--profile", "quick"}, "unknown profile 'quick'");
        assertUsage(new String[] {"--input", "in", "--output", "o", "--partitions", "-3"}, "--partitions '-3'");
        assertUsage(new String[] {"--input", "in", "--output", "o", "--batch", "../x"}, "--batch '../x'");
        assertUsage(new String[] {"--input"}, "option --input needs a value");
        assertUsage(new String[] {"--input", "in", "--output", "o", "--max-reject-rate", "1.5"}, "--max-reject-rate '1.5'");
        assertUsage(new String[] {"--input", "in", "--output", "o", "--report", "maybe"}, "--report 'maybe'");
        assertUsage(new String[] {"--input", "in", "--output", "o", "--max-doc-seconds", "0"}, "--max-doc-seconds '0'");
    }

    @Test
    void helpListsEveryOption() {
        Run run = execute("--help");

        assertThat(run.exit).isZero();
        JobOptions.HELP.keySet().forEach(option -> assertThat(run.out).contains(option));
    }

    @Test
    void failsFastWithExitCodesBeforeStartingSpark() {
        Run unknown = execute("--input", "x", "--output", "y", "--bogus", "1");
        assertThat(unknown.exit).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err).startsWith("brieflens: unknown option '--bogus'").doesNotContain("Exception");

        Run missing = execute("--input", temp.resolve("nope").toString(), "--output", temp.resolve("o").toString());
        assertThat(missing.exit).isEqualTo(ExitCode.INPUT.code());
        assertThat(missing.err).contains("does not exist").contains("nope");
    }

    @Test
    void derivesTheBatchFromTheInput() {
        assertThat(Batches.derive("/drops/dt=2026-11-03/")).isEqualTo("2026-11-03");
        assertThat(Batches.derive("../shared/corpora/bbc_business_tech/bbc_business_tech.jsonl")).isEqualTo("bbc_business_tech");
        assertThat(Batches.derive("data")).isEqualTo("data");
        assertThat(Batches.derive("/in/*.jsonl")).isEqualTo("default");
    }

    @Test
    void localMastersGetTwoShufflePartitionsPerThread() {
        assertThat(BriefLensJob.localShufflePartitions("local[2]")).contains("4");
        assertThat(BriefLensJob.localShufflePartitions("local[3,2]")).contains("6");
        assertThat(BriefLensJob.localShufflePartitions("local")).contains("2");
        assertThat(BriefLensJob.localShufflePartitions("local[*]"))
                .contains(Integer.toString(2 * Runtime.getRuntime().availableProcessors()));
        assertThat(BriefLensJob.localShufflePartitions("spark://127.0.0.1:7077")).isEmpty();
    }

    private static void assertUsage(String[] args, String message) {
        assertThatThrownBy(() -> JobOptions.parse(args))
                .isInstanceOfSatisfying(JobFailure.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining(message);
    }

    private static Run execute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BriefLensJob.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
