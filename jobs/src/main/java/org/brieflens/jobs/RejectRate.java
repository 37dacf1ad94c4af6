package org.brieflens.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The share of input documents a run rejected, against the {@code --max-reject-rate} limit.
 *
 * @param limit    the largest allowed fraction, or null for no limit
 * @param rejected rejected documents
 * @param input    input documents
 */
record RejectRate(Double limit, long rejected, long input) {

    double rate() {
        return input == 0 ? 0 : (double) rejected / input;
    }

    boolean exceeded() {
        return limit != null && rate() > limit;
    }

    /**
     * @throws JobFailure with {@link ExitCode#TOO_MANY_REJECTS} naming the counts and the limit
     *                    when more was rejected than the limit allows
     */
    void enforce() {
        if (exceeded()) {
            throw new JobFailure(ExitCode.TOO_MANY_REJECTS, String.format(java.util.Locale.ROOT,
                    "rejected %d of %d documents (%.3f), above --max-reject-rate %s; tables and %s are written",
                    rejected, input, rate(), limit, OutputLayout.MANIFEST));
        }
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("limit", limit);
        map.put("rate", rate());
        map.put("exceeded", exceeded());
        return map;
    }
}
