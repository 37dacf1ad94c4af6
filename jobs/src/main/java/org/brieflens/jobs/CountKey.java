package org.brieflens.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What one sparse count row is about: a trend table, a grain's period and the values of the
 * table's {@link SparseTable#group() group columns}. Its hash is the same in every JVM (the table
 * goes by name, not as an enum, whose hash differs between executors), so it can key a shuffle.
 */
record CountKey(String table, String grain, LocalDate period, List<Object> group) implements Serializable {
}
