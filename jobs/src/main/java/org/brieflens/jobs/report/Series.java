package org.brieflens.jobs.report;

import java.util.List;

/** One line of a line chart: a name and one value per period of the chart's x axis. */
record Series(String name, List<Double> values) {
    Series {
        values = List.copyOf(values);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
