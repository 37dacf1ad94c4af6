package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
    @Test
    void returnsTheResultOfWorkWithinTheLimit() {
        assertThat(TimeLimit.run(Duration.ofSeconds(5), () -> "done")).isEqualTo("done");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void stopsWorkThatChecksForInterruptsOnceTheLimitPasses() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> TimeLimit.run(Duration.ofMillis(100), TimeLimitTest::spinWithCheckpoints))
                .isInstanceOf(TimeLimit.TimeLimitExceeded.class).hasMessageContaining("longer than");

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void reportsTheLimitEvenWhenWorkSwallowsTheInterrupt() {
        assertThatThrownBy(() -> TimeLimit.run(Duration.ofMillis(50), () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return "woken";
            }
            return "slept";
        })).isInstanceOf(TimeLimit.TimeLimitExceeded.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void passesOtherFailuresThrough() {
        assertThatThrownBy(() -> TimeLimit.run(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
    }

    private static String spinWithCheckpoints() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            TimeLimit.checkpoint();
        }
        return "never";
    }
}
