package org.brieflens.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.brieflens.extract.DocumentExtractor;
import org.brieflens.extract.MentionExtractor;
import org.brieflens.extract.RelationExtractor;
import org.brieflens.extract.amount.AmountExtractor;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of brieflens's rules over documents CoreNLP annotated in setup: the primary score is
 * documents per second ({@link Documents#PER_INVOCATION} per invocation), {@code :tokens} the same
 * work in tokens per second. Each result goes to the blackhole, so none of the work can be dropped.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RulesBenchmark {
    /** The rules step of the job; its annotator is never used here, so no pipeline is built for it. */
    private static final DocumentExtractor DOCUMENT_RULES = new DocumentExtractor(AnnotatorProfile.FAST);

    /** Every mention rule: NER spans, the gazetteer scan, company and region resolution, document rules. */
    @Benchmark
    @OperationsPerInvocation(Documents.PER_INVOCATION)
    public void mentions(Documents documents, TokenCount count, Blackhole sink) {
        Rotation.Batch<AnnotatedDocument> batch = documents.next();
        for (AnnotatedDocument document : batch.items()) {
            sink.consume(MentionExtractor.packaged().extract(document.sentences()));
        }
        count.tokens += batch.tokens();
    }

    /** Relation cue rules and coreference over the document's mentions. */
    @Benchmark
    @OperationsPerInvocation(Documents.PER_INVOCATION)
    public void relations(Documents documents, TokenCount count, Blackhole sink) {
        Rotation.Batch<AnnotatedDocument> batch = documents.next();
        for (AnnotatedDocument document : batch.items()) {
            sink.consume(RelationExtractor.load().extract(document.sentences(), document.mentions()));
        }
        count.tokens += batch.tokens();
    }

    /** Money and percent rules, sentence by sentence, with each sentence's mentions. */
    @Benchmark
    @OperationsPerInvocation(Documents.PER_INVOCATION)
    public void amounts(Documents documents, TokenCount count, Blackhole sink) {
        Rotation.Batch<AnnotatedDocument> batch = documents.next();
        for (AnnotatedDocument document : batch.items()) {
            List<Sentence> sentences = document.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                sink.consume(AmountExtractor.load().extract(sentences.get(i), document.mentions().get(i)));
            }
        }
        count.tokens += batch.tokens();
    }

    /** The job's whole step after CoreNLP: mentions, relations and amounts of each document. */
    @Benchmark
    @OperationsPerInvocation(Documents.PER_INVOCATION)
    public void documentRules(Documents documents, TokenCount count, Blackhole sink) {
        Rotation.Batch<AnnotatedDocument> batch = documents.next();
        for (AnnotatedDocument document : batch.items()) {
            sink.consume(DOCUMENT_RULES.extract(document.annotated(), System.nanoTime()));
        }
        count.tokens += batch.tokens();
    }
}
