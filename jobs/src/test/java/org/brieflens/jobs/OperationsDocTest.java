package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scheduling recipes in docs/operations.md run the real command line: every option they pass exists. */
class OperationsDocTest {
    private static final Path DOC = Path.of("..", "docs", "operations.md");
    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        doc = Files.readString(DOC);
    }

    @Test
    void cronLineSubmitsTheJobWithKnownOptions() {
        String cron = block("cron").lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(cron).contains("--class " + BriefLensJob.class.getName());
        List<String> args = List.of(cron.substring(cron.indexOf(".jar ") + 5).split(">>")[0].trim().split("\\s+"));
        assertKnownOptions(args);
    }

    @Test
    void airflowDagPassesKnownOptions() {
        String dag = block("python");
        assertThat(dag).contains("java_class=\"" + BriefLensJob.class.getName() + "\"");
        String list = dag.substring(dag.indexOf("application_args=["), dag.indexOf("]", dag.indexOf("application_args=[")));
        assertKnownOptions(quoted(list));
    }

    @Test
    void sparkApplicationPassesKnownOptions() {
        String yaml = block("yaml");
        assertThat(yaml).contains("mainClass: " + BriefLensJob.class.getName());
        String arguments = yaml.substring(yaml.indexOf("arguments:"), yaml.indexOf("driver:"));
        assertKnownOptions(quoted(arguments));
    }

    /** Options are known to --help, each has a value, and the required ones are there. */
    private static void assertKnownOptions(List<String> args) {
        List<String> options = args.stream().filter(a -> a.startsWith("--")).toList();
        assertThat(options).isNotEmpty().allSatisfy(o -> assertThat(JobOptions.HELP).containsKey(o));
        assertThat(options).contains("--input", "--output");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--")) {
                assertThat(i + 1).as("value of " + args.get(i)).isLessThan(args.size());
                assertThat(args.get(i + 1)).doesNotStartWith("--");
            }
        }
        assertThat(JobOptions.usage()).contains(options.toArray(String[]::new));
    }

    private static String block(String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("a ```" + language + " block in " + DOC).isTrue();
        return m.group(1);
    }

    private static List<String> quoted(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
