package org.brieflens.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one check of the quality gate.
 *
 * @param name       what is checked, such as {@code company_trends_keys}
 * @param violations rows that break the rule
 * @param examples   a few of those rows, as JSON objects
 */
record QualityCheck(String name, long violations, List<String> examples) {
    QualityCheck {
        examples = List.copyOf(examples);
    }

    static QualityCheck passed(String name) {
        return new QualityCheck(name, 0, List.of());
    }

    boolean passed() {
        return violations == 0;
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("passed", passed());
        map.put("violations", violations);
        map.put("examples", examples);
        return map;
    }
}
