package org.brieflens.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tokens processed, which JMH reports per second as the secondary result {@code :tokens} beside a
 * benchmark's documents per second: documents differ in length, tokens do not.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class TokenCount {
    /** Tokens of the documents processed in the current iteration. */
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
        tokens = 0;
    }
}
