package org.brieflens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brieflens.extract.MentionScanBenchmark;
import org.brieflens.extract.RuleLoadingBenchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in this JVM, on the bundled sample, with one short measured
 * iteration: the benchmarks and their generated code work and measure real work. Not a
 * measurement; scripts/jmh.sh is.
 */
class BenchmarksSmokeTest {
    private static final List<Class<?>> BENCHMARK_CLASSES =
            List.of(RulesBenchmark.class, MentionScanBenchmark.class, RuleLoadingBenchmark.class);
    private static Map<String, RunResult> resultsByBenchmark;

    @BeforeAll
    static void runEachBenchmarkOnce() throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .param("corpus", BenchInputs.SAMPLE)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(300))
                .shouldFailOnError(true);
        BENCHMARK_CLASSES.forEach(c -> options.include(Pattern.quote(c.getName() + ".")));
        Collection<RunResult> results = new Runner(options.build()).run();
        resultsByBenchmark = results.stream()
                .collect(Collectors.toMap(r -> r.getParams().getBenchmark(), r -> r));
    }

    @Test
    void everyDeclaredBenchmarkProducedAResult() {
        List<String> declared = BENCHMARK_CLASSES.stream()
                .flatMap(c -> Arrays.stream(c.getMethods())
                        .filter(m -> m.isAnnotationPresent(Benchmark.class))
                        .map(m -> fullName(c, m)))
                .toList();
        assertThat(declared).isNotEmpty();
        assertThat(resultsByBenchmark.keySet()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyScoreIsPositive() {
        resultsByBenchmark.forEach((name, result) ->
                assertThat(result.getPrimaryResult().getScore()).as(name).isPositive().isFinite());
    }

    @Test
    void throughputBenchmarksAlsoCountTokens() {
        List<RunResult> throughput = resultsByBenchmark.values().stream()
                .filter(r -> r.getParams().getMode() == Mode.Throughput).toList();
        assertThat(throughput).isNotEmpty();
        throughput.forEach(result -> {
            String name = result.getParams().getBenchmark();
            assertThat(result.getSecondaryResults()).as(name).containsKey("tokens");
            double tokens = result.getSecondaryResults().get("tokens").getScore();
            double documents = result.getPrimaryResult().getScore();
            // Every sample document has at least one token, so tokens/s can never trail documents/s.
            assertThat(tokens).as(name).isGreaterThanOrEqualTo(documents);
        });
    }

    private static String fullName(Class<?> benchmarkClass, Method method) {
        return benchmarkClass.getName() + "." + method.getName();
    }
}
