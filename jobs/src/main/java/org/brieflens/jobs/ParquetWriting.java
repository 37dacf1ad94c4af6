package org.brieflens.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * How every table is written: one set of parquet-hadoop settings chosen for analysts' readers
 * (documented in docs/tables.md). zstd compresses text columns well and every reader supports
 * it; 64 MB row groups keep a small corpus in one group while letting large ones be read in
 * parallel; 1 MB pages give readers page-level skipping; dictionary encoding pays off on the
 * many repeated values (entity ids, names, sections, dates).
 */
final class ParquetWriting {
    static final String CODEC = "zstd";
    static final long ROW_GROUP_BYTES = 64L * 1024 * 1024;
    static final long PAGE_BYTES = 1024 * 1024;

    private ParquetWriting() {
    }

    /** Files for a table of the given rows: one per {@code rowsPerFile} started, at least one. */
    static int filesFor(long rows, long rowsPerFile) {
        return (int) Math.max(1, (rows + rowsPerFile - 1) / rowsPerFile);
    }

    /** Writes a frame as the only content of a folder, replacing what was there. */
    static void write(Dataset<Row> frame, String folder) {
        frame.write()
                .mode(SaveMode.Overwrite)
                .option("compression", CODEC)
                .option("parquet.block.size", ROW_GROUP_BYTES)
                .option("parquet.page.size", PAGE_BYTES)
                .option("parquet.enable.dictionary", true)
                .parquet(folder);
    }
}
