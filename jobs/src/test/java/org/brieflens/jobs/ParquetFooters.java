package org.brieflens.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;

/** Reads Parquet footers with parquet-hadoop alone, without Spark: an independent check of the files. */
final class ParquetFooters {
    private ParquetFooters() {
    }

    static List<Path> files(Path table) {
        try (var walk = Files.walk(table)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParquetMetadata footer(Path file) {
        try (ParquetFileReader reader = ParquetFileReader.open(
                HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return reader.getFooter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageType schema(Path file) {
        return footer(file).getFileMetaData().getSchema();
    }

    static long rows(Path table) {
        return files(table).stream().mapToLong(f -> footer(f).getBlocks().stream().mapToLong(b -> b.getRowCount()).sum()).sum();
    }
}
