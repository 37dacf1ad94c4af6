package org.brieflens.jobs.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis from zero to a "nice" maximum (1, 2 or 5 times a power of ten, times the
 * tick count), mapped onto a pixel range. Every chart of the report counts or shares something,
 * so axes start at zero and never go negative.
 */
final class Scale {
    private static final int TICKS = 4;

    private final double max;
    private final double step;
    private final double fromPx;
    private final double toPx;

    private Scale(double largest, double minStep, double fromPx, double toPx) {
        double top = Double.isFinite(largest) && largest > 0 ? largest : 1;
        this.step = Math.max(minStep, niceStep(top / TICKS));
        this.max = step * Math.ceil(top / step - 1e-9);
        this.fromPx = fromPx;
        this.toPx = toPx;
    }

    /**
     * An axis for counts: whole-number ticks.
     *
     * @param largest the largest value to show; zero, negative or non-finite values give the axis 0 to 1
     * @param fromPx  the pixel position of zero
     * @param toPx    the pixel position of the axis maximum (smaller than fromPx for a vertical axis)
     */
    static Scale ofCounts(double largest, double fromPx, double toPx) {
        return new Scale(largest, 1, fromPx, toPx);
    }

    /** An axis for any non-negative values, shares included: ticks may be fractions. */
    static Scale ofValues(double largest, double fromPx, double toPx) {
        return new Scale(largest, 0, fromPx, toPx);
    }

    /** The pixel position of a value; values outside the axis are clamped to it. */
    double px(double value) {
        double clamped = Math.max(0, Math.min(max, Double.isFinite(value) ? value : 0));
        return fromPx + (toPx - fromPx) * clamped / max;
    }

    /** The tick values from 0 to the axis maximum, inclusive. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 2; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    double max() {
        return max;
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least the raw step. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw * (1 - 1e-9)) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
