package org.brieflens.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brieflens.nlp.AnnotatorProfile;

/**
 * Options of the brieflens job. Precedence: command line, then the built-in default; the Spark
 * master given here wins over {@code spark.master} from spark-submit only when set.
 *
 * @param input       file, folder (read recursively) or glob of JSON Lines and .txt briefs
 * @param output      folder that receives the tables and the manifest
 * @param master      Spark master URL, or null to take spark-submit's (else {@code local[*]})
 * @param profile     CoreNLP profile
 * @param batch       batch id, or null to derive it from the input
 * @param partitions  annotation partitions, or 0 for twice the default parallelism
 * @param maxDocChars documents longer than this many characters are rejected
 */
public record JobOptions(String input, String output, String master, AnnotatorProfile profile, String batch,
                         int partitions, int maxDocChars) implements Serializable {
    static final int DEFAULT_MAX_DOC_CHARS = 1_000_000;

    /** Every option with its value placeholder and meaning, in the order --help prints them. */
    static final Map<String, String> HELP = help();

    /**
     * Parses command-line arguments.
     *
     * @return empty when help was asked for
     * @throws JobFailure with {@link ExitCode#USAGE} naming the offending argument
     */
    public static Optional<JobOptions> parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (name.equals("--help") || name.equals("-h")) {
                return Optional.empty();
            }
            String option = name.contains("=") ? name.substring(0, name.indexOf('=')) : name;
            if (!HELP.containsKey(option)) {
                throw JobFailure.usage("unknown option '%s' (see --help)", name);
            }
            String value = name.contains("=") ? name.substring(name.indexOf('=') + 1) : takeValue(option, rest);
            values.put(option, value);
        }
        return Optional.of(fromValues(values));
    }

    private static String takeValue(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw JobFailure.usage("option %s needs a value", option);
        }
        return rest.remove(0);
    }

    private static JobOptions fromValues(Map<String, String> values) {
        String input = required(values, "--input");
        String output = required(values, "--output");
        AnnotatorProfile profile;
        try {
            profile = AnnotatorProfile.of(values.getOrDefault("--profile", "fast"));
        } catch (IllegalArgumentException e) {
            throw JobFailure.usage("--profile: %s", e.getMessage());
        }
        String batch = values.get("--batch");
        if (batch != null && !batch.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw JobFailure.usage("--batch '%s' must be 1-64 letters, digits, '.', '_' or '-'", batch);
        }
        int partitions = positiveInt(values, "--partitions", 0);
        int maxDocChars = positiveInt(values, "--max-doc-chars", DEFAULT_MAX_DOC_CHARS);
        return new JobOptions(input, output, values.get("--master"), profile, batch, partitions, maxDocChars);
    }

    private static String required(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null || value.isBlank()) {
            throw JobFailure.usage("missing required option %s (see --help)", option);
        }
        return value;
    }

    private static int positiveInt(Map<String, String> values, String option, int fallback) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw JobFailure.usage("%s '%s' is not a positive whole number", option, value);
    }

    /** The text printed by --help. */
    static String usage() {
        StringBuilder text = new StringBuilder(
                "Usage: brieflens --input PATH --output DIR [options]\n\n"
                        + "Reads news briefs (.txt) and articles (JSON Lines), finds companies, regions and\n"
                        + "their relations with Stanford CoreNLP on Spark, and writes Parquet tables to DIR.\n\n"
                        + "Options:\n");
        HELP.forEach((option, meaning) -> text.append(String.format("  %-26s %s%n", option, meaning)));
        text.append("\nExit codes: 0 ok, 1 failure, 2 usage error, 3 input error.\n");
        return text.toString();
    }

    private static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put("--input", "PATH  file, folder (recursive) or glob of .jsonl/.json/.ndjson and .txt (required)");
        help.put("--output", "DIR  where the tables and _manifest.json are written (required)");
        help.put("--master", "URL  Spark master; default: spark-submit's, else local[*]");
        help.put("--profile", "fast|accurate  CoreNLP annotators (default fast: 3-class CRF NER)");
        help.put("--batch", "ID  batch id; re-running a batch replaces its rows (default: from the input name)");
        help.put("--partitions", "N  annotation partitions (default: twice the default parallelism)");
        help.put("--max-doc-chars", "N  reject longer documents (default " + DEFAULT_MAX_DOC_CHARS + ")");
        help.put("--help", "print this help and exit");
        return help;
    }
}
