package org.brieflens.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The annotated documents a benchmark thread works through, {@link #PER_INVOCATION} at a time.
 * Parameter {@code corpus}: {@code sample} (bundled, always present) or {@code bbc} (the shared
 * corpus; when it is absent the setup fails with the path it looked at and JMH moves on to the next
 * benchmark).
 */
@State(Scope.Thread)
public class Documents {
    /** Documents per benchmark invocation: the throughput scores count documents. */
    public static final int PER_INVOCATION = 20;

    @Param({BenchInputs.SAMPLE, BenchInputs.BBC})
    public String corpus;

    private Rotation<AnnotatedDocument> rotation;

    @Setup(Level.Trial)
    public void annotate() {
        rotation = Rotation.of(AnnotatedCorpus.documents(corpus), AnnotatedDocument::tokens, PER_INVOCATION);
    }

    /** The documents of the next invocation. */
    public Rotation.Batch<AnnotatedDocument> next() {
        return rotation.next();
    }
}
