package org.brieflens.jobs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.brieflens.brief.Brief;
import org.brieflens.brief.ParsedInput;
import org.brieflens.extract.DocumentExtractor;
import org.brieflens.jobs.report.HtmlReport;
import org.brieflens.nlp.BriefAnnotator;
import org.brieflens.nlp.Pipelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brieflens batch job: read briefs, annotate them with CoreNLP, write the fact tables of the
 * batch, recompute the trend tables over every batch, write the manifest.
 */
public final class BriefLensJob {
    private static final Logger LOG = LoggerFactory.getLogger(BriefLensJob.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    private BriefLensJob() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line and returns the process exit code; failures print one clear line. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        try {
            Optional<JobOptions> parsed = JobOptions.parse(args);
            if (parsed.isEmpty()) {
                out.print(JobOptions.usage());
                return ExitCode.OK.code();
            }
            JobOptions options = parsed.get();
            // Fail fast on the input and the output, before Spark starts.
            InputFiles.list(new Configuration(), options.input());
            OutputLayout.prepare(options.input(), options.output(), new Configuration());
            SparkSession spark = session(options);
            try {
                Manifest manifest = run(spark, options);
                out.print(RunSummary.of(spark, manifest, new OutputLayout(options.output(),
                        spark.sparkContext().hadoopConfiguration())));
            } finally {
                spark.stop();
            }
            return ExitCode.OK.code();
        } catch (JobFailure e) {
            err.println("brieflens: " + e.getMessage());
            return e.exitCode().code();
        } catch (RuntimeException e) {
            LOG.error("brieflens failed", e);
            err.println("brieflens: failed: " + e);
            return ExitCode.FAILURE.code();
        }
    }

    /** The Spark session for a command-line run: the given master, else spark-submit's, else local[*]. */
    static SparkSession session(JobOptions options) {
        SparkConf conf = new SparkConf().setAppName("brieflens");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        localShufflePartitions(conf.get("spark.master")).ifPresent(n -> conf.setIfMissing("spark.sql.shuffle.partitions", n));
        if (System.console() != null) {
            conf.setIfMissing("spark.ui.showConsoleProgress", "true"); // a person is watching: show stage bars too
        }
        try {
            return SparkSession.builder().config(conf).getOrCreate();
        } catch (RuntimeException e) {
            String master = conf.get("spark.master", "");
            if (e.getMessage() != null && e.getMessage().contains(master)) {
                throw JobFailure.usage("invalid --master '%s': %s", master, e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Shuffle partitions for a local master: twice its threads. Spark's default of 200 suits
     * clusters; on one machine the trend step's many small shuffles run markedly faster with few.
     */
    static Optional<String> localShufflePartitions(String master) {
        java.util.regex.Matcher local = java.util.regex.Pattern.compile("local(?:\\[(\\d+|\\*)(?:,\\d+)?])?").matcher(master);
        if (!local.matches()) {
            return Optional.empty();
        }
        String threads = local.group(1);
        int cores = threads == null ? 1 : threads.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        return Optional.of(Integer.toString(2 * cores));
    }

    /** Runs the job in a session the caller owns, and returns the manifest it wrote. */
    public static Manifest run(SparkSession spark, JobOptions options) {
        Instant start = Instant.now();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        if (jsc.isLocal()) {
            // The tasks run in this JVM: its models load while Spark reads and balances the input.
            Pipelines.preload(options.profile(), options.maxSentenceTokens());
        }
        Configuration hadoop = jsc.hadoopConfiguration();
        InputFiles inputs = InputFiles.list(hadoop, options.input());
        String batch = options.batch() != null ? options.batch() : Batches.derive(options.input());
        OutputLayout out = OutputLayout.prepare(options.input(), options.output(), hadoop);

        JavaRDD<ParsedInput> settled = deduplicate(read(jsc, inputs, options), 2 * jsc.defaultParallelism())
                .persist(StorageLevel.MEMORY_AND_DISK());
        AnnotationCounters counters = AnnotationCounters.register(spark.sparkContext());
        TokenBalance.Balanced balanced = TokenBalance.spread(jsc,
                settled.filter(ParsedInput::accepted).map(ParsedInput::brief), options.partitions());
        LOG.info("annotating {} documents ({} characters) in {} partitions", balanced.documents(), balanced.chars(),
                balanced.partitions());
        JavaRDD<Outcome> outcomes = annotate(balanced.briefs(), settled, options, counters)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            RunCounts counts;
            try (Progress progress = Progress.start(spark.sparkContext(), counters, balanced.documents(),
                    balanced.chars(), PROGRESS_INTERVAL)) {
                counts = RunCounts.of(outcomes); // annotates every document once, in parallel
            }
            FactTables.write(spark, outcomes, batch, counts, out);
            TrendTables.write(spark, out);
            // Step "check": the written tables are checked and the verdicts recorded before they are enforced.
            QualityReport quality = QualityGate.check(spark, out);
            RejectRate rejectRate = new RejectRate(options.maxRejectRate(), counts.rejected(), counts.input());
            Manifest manifest = new Manifest(UUID.randomUUID().toString(), batch, options.input(), out.root(), start,
                    Instant.now(), options.profile().code(), spark.version(), jsc.master(), counts,
                    Pipelines.loadMillis(options.profile()), inputs.skipped(), rejectRate, quality);
            manifest.write(out);
            if (options.report()) {
                HtmlReport.write(spark, out, manifest);
            }
            LOG.info("brieflens batch {}: {} documents in, {} processed, {} rejected; {}", batch, counts.input(),
                    counts.processed(), counts.rejected(), quality.summary());
            quality.enforce();
            rejectRate.enforce();
            return manifest;
        } finally {
            outcomes.unpersist(false);
            settled.unpersist(false);
        }
    }

    /** Step "read": every input file parsed into briefs and rejections. */
    static JavaRDD<ParsedInput> read(JavaSparkContext jsc, InputFiles inputs, JobOptions options) {
        Map<String, InputFile> byPath = inputs.files().stream()
                .collect(Collectors.toMap(InputFile::path, Function.identity()));
        Broadcast<Map<String, InputFile>> files = jsc.broadcast(byPath);
        String paths = String.join(",", byPath.keySet());
        return jsc.binaryFiles(paths, Math.max(1, Math.min(inputs.files().size(), jsc.defaultParallelism())))
                .flatMap(new ReadInputs(files, options.maxDocChars()));
    }

    /** Step "deduplicate": one brief per id; the partitions only group equal ids. */
    static JavaRDD<ParsedInput> deduplicate(JavaRDD<ParsedInput> parsed, int partitions) {
        JavaRDD<ParsedInput> rejected = parsed.filter(p -> !p.accepted());
        JavaRDD<ParsedInput> unique = parsed.filter(ParsedInput::accepted)
                .map(ParsedInput::brief)
                .groupBy(Brief::docId, partitions)
                .flatMap(new SettleDuplicateIds());
        return unique.union(rejected);
    }

    /** Step "annotate": CoreNLP and the extractors over the accepted briefs; the rejected pass through. */
    static JavaRDD<Outcome> annotate(JavaRDD<Brief> accepted, JavaRDD<ParsedInput> settled, JobOptions options,
                                     AnnotationCounters counters) {
        JavaRDD<Outcome> rejected = settled.filter(p -> !p.accepted()).map(p -> Outcome.rejected(p.rejection()));
        JavaRDD<Outcome> annotated = accepted.mapPartitions(new AnnotateDocuments(new DocumentExtractor(
                new BriefAnnotator(options.profile(), options.maxSentenceTokens()),
                Duration.ofSeconds(options.maxDocSeconds())), counters));
        return annotated.union(rejected);
    }
}
