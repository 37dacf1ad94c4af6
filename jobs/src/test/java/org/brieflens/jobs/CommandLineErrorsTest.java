package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command-line error ends with one clear line on standard error and its documented exit
 * code, before Spark starts: 2 usage, 3 input, 1 other (unwritable output).
 */
class CommandLineErrorsTest {
    @TempDir
    Path temp;
    Path input;

    @BeforeEach
    void writeOneInputFile() throws IOException {
        input = Files.createDirectories(temp.resolve("in"));
        Files.writeString(input.resolve("wire.jsonl"), "{\"id\": \"a\", \"text\": \"Nvidia rose.\"}\n");
    }

    @Test
    void unknownOption() {
        assertFails(2, "brieflens: unknown option '--colour' (see --help)", "--input", input.toString(),
                "--output", temp.resolve("out").toString(), "--colour", "red");
    }

    @Test
    void missingInput() {
        Path missing = temp.resolve("nope");
        assertFails(3, "brieflens: input path '" + missing + "' does not exist", "--input", missing.toString(),
                "--output", temp.resolve("out").toString());
    }

    @Test
    void invalidMaster() {
        assertFails(2, "brieflens: invalid --master 'bogus://x': expected local, local[N], local[*], spark://HOST:PORT,"
                + " yarn or k8s://URL", "--input", input.toString(), "--output", temp.resolve("out").toString(),
                "--master", "bogus://x");
        assertFails(2, "brieflens: invalid --master 'local[0]'", "--input", input.toString(), "--output",
                temp.resolve("out").toString(), "--master", "local[0]");
    }

    @Test
    void outputEqualToOrInsideTheInputFolder() {
        assertFails(2, "brieflens: --output '" + input + "' is inside the input folder '" + input + "'",
                "--input", input.toString(), "--output", input.toString());
        String inside = input.resolve("tables").toString();
        assertFails(2, "brieflens: --output '" + inside + "' is inside the input folder", "--input", input.toString(),
                "--output", inside);
        String throughDots = temp.resolve("elsewhere/../in/tables").toString();
        assertFails(2, "brieflens: --output '" + throughDots + "' is inside the input folder", "--input", input.toString(),
                "--output", throughDots);
        String glob = input + "/*.jsonl";
        assertFails(2, "brieflens: --output '" + inside + "' is inside the input folder '" + glob + "'", "--input", glob,
                "--output", inside);
    }

    @Test
    void outputInsideTheInputThroughASymbolicLink() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), input);
        String output = link.resolve("tables").toString();

        assertFails(2, "brieflens: --output '" + output + "' is inside the input folder", "--input", input.toString(),
                "--output", output);
    }

    @Test
    void inputInsideAFolderThatRunsReplace() throws IOException {
        Path out = temp.resolve("out");
        Path documents = Files.createDirectories(out.resolve("documents"));
        Files.writeString(documents.resolve("x.jsonl"), "{\"id\": \"a\", \"text\": \"t\"}\n");

        assertFails(2, "brieflens: --input '" + documents + "' is inside 'documents' of the output folder, which every run replaces",
                "--input", documents.toString(), "--output", out.toString());
    }

    @Test
    void outputAtTheRootOfTheFileSystem() {
        assertFails(2, "brieflens: --output '/' is the root of its file system; give a folder below it",
                "--input", input.toString(), "--output", "/");
        assertFails(2, "brieflens: --output 'file:///' is the root of its file system", "--input", input.toString(),
                "--output", "file:///");
    }

    @Test
    void batchThatWouldLeaveTheOutputFolder() {
        assertFails(2, "brieflens: --batch '../x' must be 1-64 letters, digits, '.', '_' or '-'", "--input", input.toString(),
                "--output", temp.resolve("out").toString(), "--batch", "../x");
    }

    @Test
    void tableOrFileNamesCannotLeaveTheOutputFolder() {
        OutputLayout layout = new OutputLayout(temp.resolve("out").toString(), new Configuration());

        assertThatThrownBy(() -> layout.table("../escape"))
                .isInstanceOfSatisfying(JobFailure.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageStartingWith("'../escape' would be written outside --output");
        assertThatThrownBy(() -> layout.writeText("_manifests/../../x.json", "{}")).isInstanceOf(JobFailure.class);
        assertThat(temp.resolve("x.json")).doesNotExist();
    }

    @Test
    void unwritableOutput() throws IOException {
        Path file = Files.writeString(temp.resolve("taken.txt"), "a file, not a folder");

        assertFails(1, "brieflens: cannot write to --output '" + file + "': it is a file, not a folder",
                "--input", input.toString(), "--output", file.toString());
        assertFails(1, "brieflens: cannot write to --output '" + file.resolve("out") + "'",
                "--input", input.toString(), "--output", file.resolve("out").toString());
    }

    @Test
    void symbolicLinkLoopInTheInput() throws IOException {
        Files.createSymbolicLink(input.resolve("loop"), input);

        assertFails(3, "brieflens: input folder '" + input + "' has a symbolic link loop at '" + input.resolve("loop") + "'",
                "--input", input.toString(), "--output", temp.resolve("out").toString());
    }

    @Test
    void dotsInTheInputResolveAndNeverReachDocumentIds() throws IOException {
        Files.createDirectories(input.resolve("sub"));
        Files.writeString(input.resolve("sub/brief.txt"), "Nvidia rose.");

        InputFiles files = InputFiles.list(new Configuration(), temp.resolve("in/sub/../sub").toString());

        assertThat(files.files()).singleElement().extracting(InputFile::relativePath).isEqualTo("brief.txt");
    }

    private static void assertFails(int exit, String firstLine, String... args) {
        CommandLine run = CommandLine.run(args);

        assertThat(run.exit()).as("exit code, stderr: %s", run.err()).isEqualTo(exit);
        assertThat(run.firstErrorLine()).startsWith(firstLine);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }
}
