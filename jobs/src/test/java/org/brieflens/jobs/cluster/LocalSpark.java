package org.brieflens.jobs.cluster;

import org.apache.spark.sql.SparkSession;

/** The local[2] session of the integration-test JVM: it runs the reference runs and reads every output. */
final class LocalSpark {
    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder()
                .appName("brieflens-it")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.parquet.compression.codec", "zstd")
                .getOrCreate();
    }
}
