package org.brieflens.jobs;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The periods of each grain ({@code day}, {@code week} starting Monday, {@code month}) from the
 * first to the last counted document, gaps included: every entity of a grain gets a row for each.
 */
final class TrendPeriods implements Serializable {
    static final List<String> GRAINS = List.of("day", "week", "month");

    private final Map<String, List<LocalDate>> starts;

    private TrendPeriods(Map<String, List<LocalDate>> starts) {
        this.starts = starts;
    }

    /** No periods at all: there is no counted document. */
    static TrendPeriods none() {
        return new TrendPeriods(Map.of("day", List.of(), "week", List.of(), "month", List.of()));
    }

    /** The periods of every grain that hold a day from {@code first} to {@code last}. */
    static TrendPeriods between(LocalDate first, LocalDate last) {
        return new TrendPeriods(Map.of(
                "day", sequence(first, last, p -> p.plusDays(1)),
                "week", sequence(start("week", first), start("week", last), p -> p.plusWeeks(1)),
                "month", sequence(start("month", first), start("month", last), p -> p.plusMonths(1))));
    }

    /** The first day of the period of {@code grain} that holds {@code date}. */
    static LocalDate start(String grain, LocalDate date) {
        return switch (grain) {
            case "day" -> date;
            case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> date.withDayOfMonth(1);
            default -> throw new IllegalArgumentException("no grain named " + grain);
        };
    }

    /** The period starts of a grain, oldest first. */
    List<LocalDate> of(String grain) {
        List<LocalDate> periods = starts.get(grain);
        if (periods == null) {
            throw new IllegalArgumentException("no grain named " + grain);
        }
        return periods;
    }

    private static List<LocalDate> sequence(LocalDate first, LocalDate last, UnaryOperator<LocalDate> next) {
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate period = first; !period.isAfter(last); period = next.apply(period)) {
            periods.add(period);
        }
        return List.copyOf(periods);
    }
}
