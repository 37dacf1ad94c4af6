package org.brieflens.jobs.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.brieflens.jobs.ExitCode;
import org.brieflens.jobs.JobFailure;

/**
 * Rebuilds {@code report/index.html} of an existing output folder without re-running the job:
 * {@code ReportMain --output DIR [--master URL]}. Exit codes as the job's: 2 for a bad command
 * line, 3 when the folder holds no {@code _manifest.json}, 1 for any other failure.
 */
public final class ReportMain {
    private static final String USAGE = "usage: ReportMain --output DIR [--master URL]";

    private ReportMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        try {
            Map<String, String> options = options(args);
            Path root = qualified(options.get("--output"));
            Map<String, Object> manifest = manifest(root);
            SparkSession spark = SparkSession.builder().appName("brieflens-report")
                    .master(options.getOrDefault("--master", "local[*]"))
                    .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
                    // The report's queries shuffle little: Spark's default of 200 partitions only adds tasks.
                    .config("spark.sql.shuffle.partitions", "4").getOrCreate();
            try {
                out.println("brieflens: wrote " + HtmlReport.write(spark, root.toString(), manifest));
            } finally {
                spark.stop();
            }
            return ExitCode.OK.code();
        } catch (JobFailure e) {
            err.println("brieflens: " + e.getMessage());
            return e.exitCode().code();
        } catch (RuntimeException e) {
            err.println("brieflens: report failed: " + e);
            return ExitCode.FAILURE.code();
        }
    }

    /** {@code --output} (required) and {@code --master}, each followed by its value. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].equals("--output") && !args[i].equals("--master")) {
                throw new JobFailure(ExitCode.USAGE, "unknown option '" + args[i] + "'; " + USAGE);
            }
            if (i + 1 >= args.length) {
                throw new JobFailure(ExitCode.USAGE, "option " + args[i] + " needs a value; " + USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--output")) {
            throw new JobFailure(ExitCode.USAGE, "--output is required; " + USAGE);
        }
        return options;
    }

    private static Path qualified(String output) {
        try {
            Path path = new Path(output);
            return path.getFileSystem(new Configuration()).makeQualified(path);
        } catch (IOException | IllegalArgumentException e) {
            throw new JobFailure(ExitCode.USAGE, "cannot use --output '" + output + "': " + e.getMessage());
        }
    }

    /** The latest run's manifest of the folder; its absence means the folder is no brieflens output. */
    static Map<String, Object> manifest(Path root) {
        Path file = new Path(root, "_manifest.json");
        try {
            FileSystem fs = file.getFileSystem(new Configuration());
            if (!fs.exists(file)) {
                throw new JobFailure(ExitCode.INPUT, "no _manifest.json in '" + root + "': not a brieflens output folder");
            }
            try (InputStream in = fs.open(file)) {
                return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            }
        } catch (IOException e) {
            throw new JobFailure(ExitCode.INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
