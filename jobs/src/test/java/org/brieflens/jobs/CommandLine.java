package org.brieflens.jobs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line through {@link BriefLensJob#execute}, with what it printed. */
record CommandLine(int exit, String out, String err) {

    static CommandLine run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BriefLensJob.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The first line printed on standard error, or "" when nothing was. */
    String firstErrorLine() {
        return err.lines().findFirst().orElse("");
    }
}
