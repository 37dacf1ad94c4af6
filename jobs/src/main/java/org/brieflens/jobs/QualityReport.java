package org.brieflens.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every check of the quality gate over one output folder, in a fixed order. */
record QualityReport(List<QualityCheck> checks) {
    QualityReport {
        checks = List.copyOf(checks);
    }

    boolean passed() {
        return checks.stream().allMatch(QualityCheck::passed);
    }

    List<QualityCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** One line naming each failed check and its violations. */
    String summary() {
        return passed() ? "all " + checks.size() + " quality checks passed"
                : "quality gate failed: " + failures().stream()
                        .map(c -> c.name() + " (" + c.violations() + (c.violations() == 1 ? " violation)" : " violations)"))
                        .collect(Collectors.joining(", "));
    }

    /** @throws JobFailure with {@link ExitCode#FAILURE} when a check failed */
    void enforce() {
        if (!passed()) {
            throw new JobFailure(ExitCode.FAILURE, summary() + "; see 'quality' in " + OutputLayout.MANIFEST);
        }
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("passed", passed());
        map.put("checks", checks.stream().map(QualityCheck::asMap).toList());
        return map;
    }
}
