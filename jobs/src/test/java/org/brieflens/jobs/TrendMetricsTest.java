package org.brieflens.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Dense series and their metrics, without Spark; every expected figure is worked out by hand below. */
class TrendMetricsTest {
    private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
    private static final TrendShape SHAPE = new TrendShape("test", List.of("company_id"), List.of("company_name"),
            List.of("mentions"), List.of(), List.of());
    private static final StructType SPARSE = new StructType().add("grain", DataTypes.StringType)
            .add("period_start", DataTypes.DateType).add("company_id", DataTypes.StringType)
            .add("company_name", DataTypes.StringType).add("mentions", DataTypes.LongType);
    private static final StructType TABLE = metrics(SPARSE);

    /**
     * Five days; a's mentions 2, -, 4, 4, - and b's 2, -, 1, 6, -: a gap on day 2 and nobody
     * mentioned on days 2 and 5, so a's dense series is 2, 0, 4, 4, 0 over totals 4, 0, 5, 10, 0.
     */
    @Test
    void fillsGapsAndComputesEveryMetric() {
        List<Row> a = List.of(sparse(3, "a", 4), sparse(0, "a", 2), sparse(2, "a", 4)); // days 4, 1, 3: any order
        List<Row> b = List.of(sparse(0, "b", 2), sparse(2, "b", 1), sparse(3, "b", 6));
        PeriodStats stats = stats(a, b);

        List<Row> dense = new DenseTrend(new SparseCounts(SHAPE, SPARSE), TABLE,
                TrendPeriods.between(D1, D1.plusDays(4))).rows(a, stats);

        assertThat(dense).extracting(r -> r.get(1)).containsExactly(date(0), date(1), date(2), date(3), date(4));
        assertThat(dense).allSatisfy(r -> assertThat(r.getString(3)).isEqualTo("Name a"));
        assertThat(column(dense, "mentions")).containsExactly(2L, 0L, 4L, 4L, 0L);
        assertThat(column(dense, "share_of_voice")).containsExactly(0.5, 0.0, 0.8, 0.4, 0.0); // 2/4, no total, 4/5, 4/10
        assertThat(column(dense, "change")).containsExactly(null, -2L, 4L, 0L, -4L);
        assertThat(column(dense, "change_pct")).containsExactly(null, -100.0, null, 0.0, -100.0); // null after a 0
        assertThat(column(dense, "rolling_mean_4")).containsExactly(2.0, 1.0, 2.0, 2.5, 2.0); // e.g. (0+4+4+0)/4
        List<Object> z = column(dense, "z_score_8");
        assertThat(z.get(0)).isNull();                                  // no previous period
        assertThat(z.get(1)).isNull();                                  // one previous value: no sample stddev
        assertThat((Double) z.get(2)).isCloseTo(3 / Math.sqrt(2), within(1e-12)); // 2, 0: mean 1, sd sqrt(2)
        assertThat((Double) z.get(3)).isCloseTo(1.0, within(1e-12));             // 2, 0, 4: mean 2, sd 2
        assertThat((Double) z.get(4)).isCloseTo(-2.5 / Math.sqrt(11.0 / 3), within(1e-12)); // 2, 0, 4, 4: mean 2.5
        assertThat(column(dense, "rank")).containsExactly(1, null, 1, 2, null); // tied with b on day 1
        assertThat(column(dense, "rank_change")).containsExactly(null, null, null, -1, null);
    }

    @Test
    void ranksTiesTheWaySqlRankDoesWithinEachPeerGroup() {
        TrendShape regions = new TrendShape("test", List.of("region_type", "region_id"), List.of(), List.of("mentions"),
                List.of(), List.of("region_type"));
        StructType columns = new StructType().add("grain", DataTypes.StringType)
                .add("period_start", DataTypes.DateType).add("region_type", DataTypes.StringType)
                .add("region_id", DataTypes.StringType).add("mentions", DataTypes.LongType);
        SparseCounts counts = new SparseCounts(regions, columns);
        PeriodStats.Tally tally = new PeriodStats.Tally();
        for (Object[] row : new Object[][] {{"country", "FR", 3L}, {"country", "DE", 3L}, {"country", "IT", 1L},
                {"macro_region", "europe", 7L}}) {
            tally.add(counts, RowFactory.create("day", date(0), row[0], row[1], row[2]));
        }
        PeriodStats stats = tally.stats();
        List<Object> countries = counts.peerGroup(Arrays.asList("day", "country", "FR"), D1);
        List<Object> macros = counts.peerGroup(Arrays.asList("day", "macro_region", "europe"), D1);

        assertThat(stats.total(countries)).isEqualTo(7);
        assertThat(stats.total(macros)).isEqualTo(7);
        assertThat(stats.total(counts.peerGroup(Arrays.asList("day", "country", "FR"), D1.plusDays(1)))).isZero();
        assertThat(stats.rank(countries, 3)).isEqualTo(1);  // FR and DE share the first place
        assertThat(stats.rank(countries, 1)).isEqualTo(3);  // then IT: two peers above it
        assertThat(stats.rank(countries, 0)).isNull();      // unmentioned: no rank
        assertThat(stats.rank(macros, 7)).isEqualTo(1);     // other region types are not its peers
    }

    @Test
    void baselineIsTheEightPreviousPeriodsAndNeedsSpread() {
        // 100 then 1..8 then 9: the z-score of 9 sees 1..8 only (mean 4.5, sample variance 8*9/12 = 6).
        long[] rising = {100, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        List<TrendMetrics.Period> metrics = TrendMetrics.of(rising, rising, ones(rising.length));
        assertThat(metrics.get(9).zScore8()).isCloseTo(4.5 / Math.sqrt(6), within(1e-12));
        assertThat(metrics.get(9).rollingMean4()).isEqualTo(7.5); // (6+7+8+9)/4

        long[] flat = {3, 3, 3, 5};
        List<TrendMetrics.Period> steady = TrendMetrics.of(flat, flat, ones(flat.length));
        assertThat(steady.get(2).zScore8()).isNull(); // 3, 3: spread 0
        assertThat(steady.get(3).zScore8()).isNull(); // 3, 3, 3: spread 0
        assertThat(steady.get(3).changePct()).isCloseTo(200.0 / 3, within(1e-12));
    }

    @Test
    void periodsOfEachGrainCoverTheFirstToTheLastDay() {
        TrendPeriods periods = TrendPeriods.between(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 4));
        assertThat(periods.of("day")).hasSize(34).startsWith(LocalDate.of(2024, 1, 31)).endsWith(LocalDate.of(2024, 3, 4));
        assertThat(periods.of("week")).containsExactly(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 5),
                LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 19), LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 4));
        assertThat(periods.of("month")).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 3, 1));
        assertThat(TrendPeriods.none().of("week")).isEmpty();
    }

    private static Row sparse(int day, String company, long mentions) {
        return RowFactory.create("day", date(day), company, "Name " + company, mentions);
    }

    private static java.sql.Date date(int day) {
        return java.sql.Date.valueOf(D1.plusDays(day));
    }

    @SafeVarargs
    private static PeriodStats stats(List<Row>... entities) {
        PeriodStats.Tally tally = new PeriodStats.Tally();
        SparseCounts counts = new SparseCounts(SHAPE, SPARSE);
        for (List<Row> rows : entities) {
            rows.forEach(row -> tally.add(counts, row));
        }
        return tally.stats();
    }

    private static List<Object> column(List<Row> rows, String name) {
        int at = TABLE.fieldIndex(name);
        List<Object> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.get(at)));
        return values;
    }

    private static Integer[] ones(int n) {
        Integer[] ranks = new Integer[n];
        Arrays.fill(ranks, 1);
        return ranks;
    }

    private static StructType metrics(StructType sparse) {
        return sparse.add("share_of_voice", DataTypes.DoubleType).add("change", DataTypes.LongType)
                .add("change_pct", DataTypes.DoubleType).add("rolling_mean_4", DataTypes.DoubleType)
                .add("z_score_8", DataTypes.DoubleType).add("rank", DataTypes.IntegerType)
                .add("rank_change", DataTypes.IntegerType);
    }
}
