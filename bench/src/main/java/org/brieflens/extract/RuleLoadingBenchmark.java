package org.brieflens.extract;

import java.util.concurrent.TimeUnit;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * What each JVM pays once before its first document, beyond the CoreNLP model: parsing and
 * compiling the relation cue file, and building the mention extractor over the loaded gazetteers
 * (scan index, word lists, region phrases). Milliseconds per build. In this package because the
 * cue file reader is package-private.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleLoadingBenchmark {

    @Benchmark
    public Object relationCues() {
        return CueFile.read();
    }

    @Benchmark
    public Object mentionExtractor() {
        return new MentionExtractor(CompanyGazetteer.packaged(), RegionGazetteer.packaged(), ScanExclusions.packaged());
    }
}
