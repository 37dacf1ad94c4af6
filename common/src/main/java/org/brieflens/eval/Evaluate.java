package org.brieflens.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.resolve.CompanyGazetteer;

/**
 * The {@code evaluate} command: scores brieflens, and plain CoreNLP as the baseline, against a
 * hand-annotated gold set and prints precision, recall and F1 per field.
 *
 * <pre>
 * evaluate [--gold eval/dev-gold.jsonl] [--corpora ../shared/corpora] [--data data]
 *          [--profile fast|accurate] [--no-baseline] [--details]
 * </pre>
 */
public final class Evaluate {
    private Evaluate() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path gold = Path.of(options.getOrDefault("--gold", "eval/dev-gold.jsonl"));
        if (!Files.isRegularFile(gold)) {
            System.err.println("evaluate: gold set '" + gold + "' not found");
            System.exit(3);
        }
        Evaluation evaluation = evaluation(gold, Path.of(options.getOrDefault("--corpora", "../shared/corpora")),
                Path.of(options.getOrDefault("--data", "data")));
        List<Evaluation.Result> results = new ArrayList<>();
        List<String> misses = options.containsKey("--details") ? new ArrayList<>() : null;
        results.add(evaluation.score(new BrieflensExtractor(
                AnnotatorProfile.of(options.getOrDefault("--profile", "fast")), keys()), misses));
        if (!options.containsKey("--no-baseline")) {
            results.add(evaluation.score(new CoreNlpBaseline(keys()), null));
        }
        if (misses != null) {
            misses.forEach(System.out::println);
        }
        print(gold, evaluation, results, System.out);
    }

    static Evaluation evaluation(Path gold, Path corpora, Path data) {
        return new Evaluation(Evaluation.readGold(gold), new DocumentSource(corpora, data), keys());
    }

    static CompanyKeys keys() {
        return new CompanyKeys(CompanyGazetteer.packaged());
    }

    static void print(Path gold, Evaluation evaluation, List<Evaluation.Result> results, PrintStream out) {
        out.printf("gold set %s: %d documents available%n%n", gold, evaluation.available().size());
        out.printf("%-14s", "field");
        results.forEach(r -> out.printf(" | %-26s", r.extractor()));
        out.printf("%n%-14s", "");
        results.forEach(r -> out.printf(" | %7s %7s %7s   ", "P", "R", "F1"));
        out.println();
        for (Field field : Field.values()) {
            out.printf("%-14s", field.label());
            for (Evaluation.Result r : results) {
                Score s = r.scores().get(field);
                out.printf(" | %7.3f %7.3f %7.3f   ", s.precision(), s.recall(), s.f1());
            }
            out.println();
        }
        results.forEach(r -> out.printf("%n%s: %d documents in %.1f s", r.extractor(), r.documents(), r.millis() / 1000.0));
        out.println();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean flag = args[i].equals("--no-baseline") || args[i].equals("--details");
            if (!flag && i + 1 >= args.length) {
                System.err.println("evaluate: option " + args[i] + " needs a value");
                System.exit(2);
            }
            options.put(args[i], flag ? "" : args[++i]);
        }
        return options;
    }
}
