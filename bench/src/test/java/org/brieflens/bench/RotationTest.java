package org.brieflens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RotationTest {
    private static final List<String> WORDS = List.of("one", "three", "seven", "ten", "eleven", "fifteen", "twenty");

    @Test
    void everyBatchHasTheFixedSizeAndEveryItemIsUsed() {
        Rotation<String> rotation = Rotation.of(WORDS, String::length, 3);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rotation.batchCount(); i++) {
            Rotation.Batch<String> batch = rotation.next();
            assertThat(batch.items()).hasSize(3);
            assertThat(batch.tokens()).isEqualTo(batch.items().stream().mapToLong(String::length).sum());
            seen.addAll(batch.items());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(WORDS);
    }

    @Test
    void startsAgainAfterTheLastBatch() {
        Rotation<String> rotation = Rotation.of(WORDS, String::length, 2);
        List<Rotation.Batch<String>> first = new ArrayList<>();
        List<Rotation.Batch<String>> second = new ArrayList<>();
        IntStream.range(0, rotation.batchCount()).forEach(i -> first.add(rotation.next()));
        IntStream.range(0, rotation.batchCount()).forEach(i -> second.add(rotation.next()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aBatchLargerThanTheCorpusRepeatsItems() {
        Rotation.Batch<String> batch = Rotation.of(List.of("solo"), String::length, 4).next();
        assertThat(batch.items()).containsExactly("solo", "solo", "solo", "solo");
        assertThat(batch.tokens()).isEqualTo(16);
    }

    @Test
    void rejectsAnEmptyCorpus() {
        assertThatThrownBy(() -> Rotation.of(List.<String>of(), String::length, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 items");
    }
}
