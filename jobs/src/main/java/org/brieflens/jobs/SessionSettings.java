package org.brieflens.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Spark SQL settings changed for the length of one step and restored after it, whether it ends
 * or fails, so a caller's own session is left as it was given.
 */
final class SessionSettings {
    /** Whole-stage code generation: its compiling costs more than it saves on small queries. */
    static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
    /** Adaptive execution: it runs every query stage as a job of its own. */
    static final String ADAPTIVE = "spark.sql.adaptive.enabled";

    private SessionSettings() {
    }

    /** Runs a step with the given settings in force, then puts the earlier values back. */
    static <T> T during(SparkSession spark, Map<String, String> settings, Supplier<T> step) {
        Map<String, String> earlier = new HashMap<>();
        settings.keySet().forEach(key -> earlier.put(key, spark.conf().get(key)));
        settings.forEach((key, value) -> spark.conf().set(key, value));
        try {
            return step.get();
        } finally {
            earlier.forEach((key, value) -> spark.conf().set(key, value));
        }
    }
}
