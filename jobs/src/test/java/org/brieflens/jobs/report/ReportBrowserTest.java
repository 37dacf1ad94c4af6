package org.brieflens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.brieflens.jobs.BriefLensJob;
import org.brieflens.jobs.JobOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the bundled sample writes {@code report/index.html}, and headless Chromium renders
 * it without a console error or uncaught exception, with every chart's data points on screen.
 * The screenshot goes to {@code jobs/target/report-screenshot.png}.
 */
class ReportBrowserTest {
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
    private static final Pattern CHART = Pattern.compile("<svg [^>]*data-chart=\"([^\"]+)\".*?</svg>", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("<(circle|rect|line|path) [^>]*data-point=");

    @TempDir
    static Path output;
    @TempDir
    static Path pages;
    static HeadlessChromium chromium;
    static SparkSession spark;
    static String html;

    @BeforeAll
    static void runTheJobOnTheSampleAndStartChromium() throws IOException {
        chromium = HeadlessChromium.start(); // first: a missing Chromium fails before the slow run
        spark = session();
        BriefLensJob.run(spark, JobOptions.parse("--input", Path.of("..", "data").toString(), "--output",
                output.toString(), "--batch", "sample", "--partitions", "4").orElseThrow());
        html = Files.readString(output.resolve(HtmlReport.PAGE));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The session of the Spark tests (the first one of the JVM wins), local[2] with the UI off. */
    private static SparkSession session() {
        return SparkSession.builder().appName("brieflens-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    }

    /** Clicks the first legend entry of the companies' share of voice and reads which lines are hidden. */
    private static final String CLICK_LEGEND = """
            (function () {
              var chart = document.querySelector('svg[data-chart="sov-companies"]');
              chart.querySelector('.legend-item[data-series="0"]').dispatchEvent(new MouseEvent('click', {bubbles: true}));
              return Array.from(chart.querySelectorAll('.series.hidden')).map(function (s) {
                return s.getAttribute('data-series') + ':' + getComputedStyle(s).display;
              }).join(',');
            })()""";

    @Test
    void rendersEveryChartWithAllItsPointsAndNoErrors() throws Exception {
        HeadlessChromium.Rendering rendering = chromium.render(output.resolve(HtmlReport.PAGE).toUri(), CLICK_LEGEND);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, rendering.screenshot());

        assertThat(rendering.problems()).isEmpty();
        assertThat(rendering.points().keySet()).containsExactly("sov-parents", "sov-companies", "rising-companies",
                "rising-regions", "regions-countries", "regions-macro", "regions-weekly", "competitors",
                "section-whats_happening-companies", "section-whats_happening-regions",
                "section-whats_next-companies", "section-whats_next-regions");
        assertThat(rendering.points()).allSatisfy((chart, shown) -> assertThat(shown).as(chart).isPositive());
        assertThat(rendering.points()).isEqualTo(pointsInSource(html));
        assertThat(rendering.screenshot()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(rendering.probe()).isEqualTo("0:none"); // the legend's script hid the first line
    }

    @Test
    void chartsHoldWhatTheTablesSay() {
        long weeks = spark.sql("SELECT DISTINCT period_start FROM parquet.`" + output.resolve("company_trends")
                + "` WHERE grain = 'week'").count();
        long companies = spark.sql("SELECT DISTINCT company_id FROM parquet.`" + output.resolve("company_trends")
                + "` WHERE grain = 'week' AND mentions > 0").count();
        long pairs = spark.sql("SELECT DISTINCT company_a, company_b FROM parquet.`" + output.resolve("competitor_trends")
                + "` WHERE relation_type = 'COMPETITOR' AND documents > 0").count();
        Map<String, Integer> points = pointsInSource(html);

        assertThat(weeks).isGreaterThan(1);
        assertThat(points.get("sov-companies"))
                .isEqualTo((int) (Math.min(TimeSeries.TOP, companies) * Math.min(TimeSeries.WEEKS, weeks)));
        // every edge, and at least the two companies of the strongest pair
        assertThat(pairs).isPositive();
        assertThat(points.get("competitors")).isGreaterThanOrEqualTo((int) Math.min(NetworkSection.EDGES, pairs) + 2);
        assertThat(html).contains("data-chart=\"competitors\"").contains("id=\"competitor-evidence-1\"")
                .contains("href=\"#competitor-evidence-1\"");
    }

    @Test
    void pageIsSelfContained() {
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain(" src=", "<link", "<img", "<iframe", "url(", "@import");
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
    }

    @Test
    void theBrowserCheckCatchesConsoleErrorsExceptionsFailedLoadsAndEmptyCharts() throws Exception {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("console-error", "<script>console.error('deliberate console error')</script>");
        broken.put("exception", "<script>window.notAFunction()</script>");
        broken.put("missing-image", "<img src=\"missing.png\" alt=\"\">");
        for (Map.Entry<String, String> page : broken.entrySet()) {
            HeadlessChromium.Rendering rendering = chromium.render(page(page.getKey(), page.getValue()).toUri());
            assertThat(rendering.problems()).as(page.getKey()).isNotEmpty();
        }
        assertThat(chromium.render(page("console-error-text", broken.get("console-error")).toUri()).problems())
                .containsExactly("console.error: deliberate console error");

        HeadlessChromium.Rendering empty = chromium.render(page("empty-chart",
                "<svg data-chart=\"empty\" width=\"10\" height=\"10\"></svg>"
                        + "<svg data-chart=\"hidden\" width=\"10\" height=\"10\"><circle data-point=\"0\" r=\"0\"/></svg>"
                        + "<svg data-chart=\"shown\" width=\"10\" height=\"10\"><circle data-point=\"0\" cx=\"5\" cy=\"5\" r=\"3\"/></svg>").toUri());
        assertThat(empty.problems()).isEmpty();
        assertThat(empty.points()).containsExactly(Map.entry("empty", 0), Map.entry("hidden", 0), Map.entry("shown", 1));
    }

    private static Path page(String name, String body) throws IOException {
        Path page = pages.resolve(name + ".html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + name
                + "</title></head><body>" + body + "</body></html>", StandardCharsets.UTF_8);
        return page;
    }

    /** Per chart of the page source, its marks carrying {@code data-point}. */
    static Map<String, Integer> pointsInSource(String html) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Matcher chart = CHART.matcher(html);
        while (chart.find()) {
            points.put(chart.group(1), (int) POINT.matcher(chart.group()).results().count());
        }
        return points;
    }
}
