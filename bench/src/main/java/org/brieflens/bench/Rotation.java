package org.brieflens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A corpus cut into batches of one fixed size, handed out in turn for ever. A fixed size lets a
 * benchmark declare its documents per invocation; the last batch wraps round to the first items,
 * so every item is used and no batch is short.
 *
 * @param <T> a document, in whatever form the benchmark needs it
 */
public final class Rotation<T> {
    private final List<Batch<T>> batches;
    private int next;

    private Rotation(List<Batch<T>> batches) {
        this.batches = batches;
    }

    /**
     * @param items  the documents, at least one
     * @param tokens the token count of a document
     * @param size   documents per batch, at least one
     */
    public static <T> Rotation<T> of(List<T> items, ToIntFunction<T> tokens, int size) {
        if (items.isEmpty() || size < 1) {
            throw new IllegalArgumentException(items.size() + " items cannot make batches of " + size);
        }
        List<Batch<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            List<T> batch = new ArrayList<>(size);
            long batchTokens = 0;
            for (int i = start; i < start + size; i++) {
                T item = items.get(i % items.size());
                batch.add(item);
                batchTokens += tokens.applyAsInt(item);
            }
            batches.add(new Batch<>(List.copyOf(batch), batchTokens));
        }
        return new Rotation<>(List.copyOf(batches));
    }

    /** The next batch, starting again at the first after the last. */
    public Batch<T> next() {
        Batch<T> batch = batches.get(next);
        next = (next + 1) % batches.size();
        return batch;
    }

    /** How many distinct batches there are before the rotation repeats. */
    public int batchCount() {
        return batches.size();
    }

    /** Documents to process in one benchmark invocation, with their total token count. */
    public record Batch<T>(List<T> items, long tokens) {
    }
}
