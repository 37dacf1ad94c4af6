package org.brieflens.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The run's {@code _manifest.json}: what ran, on what, with which versions, the counts that
 * must reconcile ({@code input = processed + rejected}), the reject rate against its limit and
 * the quality gate's report. The latest run's manifest sits at the output root; each batch's is
 * kept under {@code _manifests/}.
 */
public record Manifest(String runId, String batch, String input, String output, Instant start, Instant end,
                String profile, String sparkVersion, String master, RunCounts counts, long nlpLoadMillis,
                List<String> skippedFiles, RejectRate rejectRate, QualityReport quality) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run_id", runId);
        map.put("batch", batch);
        map.put("input_path", input);
        map.put("output_path", output);
        map.put("start_time", start.toString());
        map.put("end_time", end.toString());
        map.put("duration_seconds", (end.toEpochMilli() - start.toEpochMilli()) / 1000.0);
        map.put("versions", versions(sparkVersion));
        map.put("spark_master", master);
        map.put("nlp_profile", profile);
        map.put("nlp_load_millis_driver", nlpLoadMillis);
        map.put("counts", countsMap());
        map.put("skipped_files", skippedFiles);
        map.put("tables", Tables.ALL);
        map.put("reject_rate", rejectRate.asMap());
        map.put("quality", quality.asMap());
        return map;
    }

    private Map<String, Object> countsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("input", counts.input());
        map.put("processed", counts.processed());
        map.put("rejected", counts.rejected());
        map.put("undated", counts.undated());
        map.put("tokens", counts.tokens());
        map.put("mentions", counts.mentions());
        map.put("relations", counts.relations());
        map.put("co_mentions", counts.coMentions());
        map.put("amounts", counts.amounts());
        return map;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(asMap()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest is not serialisable", e);
        }
    }

    /**
     * Writes the manifest three times: into the run history (one file per run, never
     * overwritten), as the batch's latest manifest, and as the output's latest.
     */
    void write(OutputLayout out) {
        String json = toJson();
        String stamp = start.toString().replace(":", "").replace(".", "");
        out.writeText(OutputLayout.MANIFESTS + "/runs/" + stamp + "-" + runId + ".json", json);
        out.writeText(OutputLayout.MANIFESTS + "/batch=" + batch + ".json", json);
        out.writeText(OutputLayout.MANIFEST, json);
    }

    static Map<String, String> versions(String sparkVersion) {
        Properties built = new Properties();
        try (InputStream in = Manifest.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("brieflens", built.getProperty("brieflens", "unknown"));
        versions.put("spark", sparkVersion);
        versions.put("corenlp", built.getProperty("corenlp", "unknown"));
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }
}
