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
 * @param partitions  annotation partitions, or 0 to choose: twice the default parallelism, more for
 *                    large inputs (about two million characters each)
 * @param maxDocChars documents longer than this many characters are rejected
 * @param maxSentenceTokens sentences longer than this many tokens are not given to the NER model
 *                          (their tokens are still scanned for gazetteer names)
 * @param maxDocSeconds     annotation of one document taking longer is stopped and the document rejected
 * @param maxRejectRate     fraction of input documents (0 to 1) that may be rejected before the run
 *                          fails with {@link ExitCode#TOO_MANY_REJECTS}; null for no limit
 * @param report            whether to write the HTML report ({@code DIR/report/index.html}) after the tables
 */
public record JobOptions(String input, String output, String master, AnnotatorProfile profile, String batch,
                         int partitions, int maxDocChars, int maxSentenceTokens, int maxDocSeconds,
                         Double maxRejectRate, boolean report) implements Serializable {
    static final int DEFAULT_MAX_DOC_CHARS = 1_000_000;
    static final int DEFAULT_MAX_SENTENCE_TOKENS = org.brieflens.nlp.BriefAnnotator.DEFAULT_MAX_SENTENCE_TOKENS;
    static final int DEFAULT_MAX_DOC_SECONDS = 120;
    /** Master URLs Spark 4 accepts: local modes, standalone (one or more masters), YARN, Kubernetes. */
    private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
            "local(\\[([1-9]\\d*|\\*)(,[1-9]\\d*)?])?|local-cluster\\[[1-9]\\d*,[1-9]\\d*,[1-9]\\d*]"
                    + "|spark://[^/\\s,]+:\\d+(,[^/\\s,]+:\\d+)*|yarn|k8s://\\S+");

    /** Options with the default limits, no reject-rate limit, and the report. */
    public JobOptions(String input, String output, String master, AnnotatorProfile profile, String batch,
                      int partitions, int maxDocChars) {
        this(input, output, master, profile, batch, partitions, maxDocChars, DEFAULT_MAX_SENTENCE_TOKENS,
                DEFAULT_MAX_DOC_SECONDS, null, true);
    }

    /** These options with the HTML report on or off. */
    public JobOptions withReport(boolean on) {
        return new JobOptions(input, output, master, profile, batch, partitions, maxDocChars, maxSentenceTokens,
                maxDocSeconds, maxRejectRate, on);
    }

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
        int maxSentenceTokens = positiveInt(values, "--max-sentence-tokens", DEFAULT_MAX_SENTENCE_TOKENS);
        int maxDocSeconds = positiveInt(values, "--max-doc-seconds", DEFAULT_MAX_DOC_SECONDS);
        String master = values.get("--master");
        if (master != null && !MASTER.matcher(master).matches()) {
            throw JobFailure.usage("invalid --master '%s': expected local, local[N], local[*], spark://HOST:PORT, yarn"
                    + " or k8s://URL", master);
        }
        return new JobOptions(input, output, master, profile, batch, partitions, maxDocChars,
                maxSentenceTokens, maxDocSeconds, fraction(values, "--max-reject-rate"), onOff(values, "--report"));
    }

    private static boolean onOff(Map<String, String> values, String option) {
        String value = values.getOrDefault(option, "on").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw JobFailure.usage("%s '%s' must be on or off", option, values.get(option));
        };
    }

    private static Double fraction(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw JobFailure.usage("%s '%s' is not a fraction between 0 and 1", option, value);
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
        text.append("\nExit codes: 0 ok, 1 failure, 2 usage error, 3 input error, 4 too many rejected documents.\n");
        return text.toString();
    }

    private static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put("--input", "PATH  file, folder (recursive) or glob of .jsonl/.json/.ndjson and .txt (required)");
        help.put("--output", "DIR  where the tables and _manifest.json are written (required)");
        help.put("--master", "URL  Spark master; default: spark-submit's, else local[*]");
        help.put("--profile", "fast|accurate  CoreNLP annotators (default fast: 3-class CRF NER)");
        help.put("--batch", "ID  batch id; re-running a batch replaces its rows (default: from the input name)");
        help.put("--partitions", "N  annotation partitions, balanced by text length (default: 2 per core, more for large inputs)");
        help.put("--max-doc-chars", "N  reject longer documents (default " + DEFAULT_MAX_DOC_CHARS + ")");
        help.put("--max-sentence-tokens", "N  longer sentences skip the NER model, gazetteer names still found (default "
                + DEFAULT_MAX_SENTENCE_TOKENS + ")");
        help.put("--max-doc-seconds", "N  reject a document whose annotation takes longer (default "
                + DEFAULT_MAX_DOC_SECONDS + ")");
        help.put("--max-reject-rate", "R  fail the run (exit 4) when more than this fraction of documents is rejected,"
                + " after writing them (default: no limit)");
        help.put("--report", "on|off  write the HTML report DIR/report/index.html after the tables (default on)");
        help.put("--help", "print this help and exit");
        return help;
    }
}
