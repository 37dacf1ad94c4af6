package org.brieflens.jobs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.brieflens.jobs.Manifest;
import org.brieflens.jobs.OutputLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML report of an output folder: one self-contained page, {@code report/index.html}, with
 * share of voice, rising companies and regions with evidence, regions, the competitor network,
 * the brief sections compared, and the run's facts. It reads the tables as written, so it shows
 * every batch of the output, and the manifest of the latest run.
 */
public final class HtmlReport {
    /** Where the page goes, below the output folder. */
    public static final String PAGE = "report/index.html";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReport.class);

    private HtmlReport() {
    }

    /** Writes the report of the output that the run with this manifest just completed. */
    public static void write(SparkSession spark, OutputLayout out, Manifest manifest) {
        write(spark, out.root(), manifest.asMap());
    }

    /**
     * Writes the report of the output folder {@code root} (a qualified Hadoop path).
     *
     * @return the path of the page written
     */
    static Path write(SparkSession spark, String root, Map<String, Object> manifest) {
        long start = System.nanoTime();
        String html = render(spark, root, manifest);
        Path page = new Path(root, PAGE);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        writeFile(spark.sparkContext().hadoopConfiguration(), page, bytes);
        LOG.info("wrote the report {} ({} bytes) in {} ms", page, bytes.length, (System.nanoTime() - start) / 1_000_000);
        return page;
    }

    static String render(SparkSession spark, String root, Map<String, Object> manifest) {
        ReportTables tables = ReportTables.register(spark, root);
        List<ReportPage.Part> parts = List.of(
                part("share-of-voice", "Share of voice", () -> ShareOfVoiceSection.html(ShareOfVoiceSection.load(tables))),
                part("rising", "Rising", () -> RisingSection.html(RisingSection.load(tables))),
                part("regions", "Regions", () -> RegionSection.html(RegionSection.load(tables))),
                part("competitors", "Competitors", () -> NetworkSection.html(NetworkSection.load(tables))),
                part("brief-sections", "Happening / Next", () -> BriefSectionsSection.html(BriefSectionsSection.load(tables))),
                part("run", "The run", () -> RunFactsSection.html(RunFactsSection.load(tables, manifest))));
        String subtitle = "Output " + root + "; latest run: batch '" + manifest.get("batch") + "', started "
                + manifest.get("start_time") + ". Figures cover every batch of the output.";
        return ReportPage.html("brieflens report", subtitle, parts);
    }

    private static ReportPage.Part part(String anchor, String name, Supplier<String> html) {
        long start = System.nanoTime();
        ReportPage.Part part = new ReportPage.Part(anchor, name, html.get());
        LOG.debug("report part {} in {} ms", anchor, (System.nanoTime() - start) / 1_000_000);
        return part;
    }

    private static void writeFile(Configuration conf, Path page, byte[] bytes) {
        try {
            FileSystem fs = page.getFileSystem(conf);
            fs.setWriteChecksum(false); // no hidden .crc file beside the page
            try (OutputStream out = fs.create(page, true)) {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + page + ": " + e.getMessage(), e);
        }
    }
}
