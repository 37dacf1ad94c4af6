package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.brieflens.bench.AnnotatedCorpus;
import org.brieflens.bench.AnnotatedDocument;
import org.brieflens.bench.Documents;
import org.brieflens.bench.Rotation;
import org.brieflens.bench.TokenCount;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the gazetteer scan alone ({@link MentionScanner}): every token position tried
 * against the company and region surfaces, longest first. The per-token facts
 * ({@link MentionSentence}) are computed in setup, as the mention extractor computes them once per
 * sentence for all its rules. Scores: documents per second, {@code :tokens} tokens per second.
 * In this package because the scanner is package-private.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MentionScanBenchmark {

    /** The scanner over the packaged gazetteers and each document's sentences, ready to scan. */
    @State(Scope.Thread)
    public static class ScanInputs {
        MentionScanner scanner;
        Rotation<List<MentionSentence>> rotation;

        @Setup(Level.Trial)
        public void prepare(Documents documents) {
            scanner = new MentionScanner(CompanyGazetteer.packaged(), RegionGazetteer.packaged(),
                    ScanExclusions.packaged());
            List<List<MentionSentence>> sentences = AnnotatedCorpus.documents(documents.corpus).stream()
                    .map(MentionScanBenchmark::mentionSentences).toList();
            rotation = Rotation.of(sentences, MentionScanBenchmark::tokens, Documents.PER_INVOCATION);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Documents.PER_INVOCATION)
    public void gazetteerScan(ScanInputs inputs, TokenCount count, Blackhole sink) {
        Rotation.Batch<List<MentionSentence>> batch = inputs.rotation.next();
        for (List<MentionSentence> document : batch.items()) {
            for (int i = 0; i < document.size(); i++) {
                List<MentionCandidate> found = new ArrayList<>();
                List<MentionScanner.Pending> pending = new ArrayList<>();
                inputs.scanner.scan(i, document.get(i), found, pending);
                sink.consume(found);
                sink.consume(pending);
            }
        }
        count.tokens += batch.tokens();
    }

    private static List<MentionSentence> mentionSentences(AnnotatedDocument document) {
        return document.sentences().stream().map(MentionSentence::new).toList();
    }

    private static int tokens(List<MentionSentence> document) {
        return document.stream().mapToInt(MentionSentence::size).sum();
    }
}
