package org.brieflens.extract.amount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated data files of this package: '#' comment lines and blank lines anywhere, a
 * header row naming the columns, then one record per row.
 */
final class DataFile {
    private DataFile() {
    }

    /** One data row: its cells in header order, and where it came from for error messages. */
    record Row(String[] cells, String origin) {
        String get(int column) {
            return cells[column];
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(origin + ": " + message);
        }
    }

    /**
     * Rows of a classpath resource next to this class.
     *
     * @param name    file name, e.g. {@code "scales.tsv"}
     * @param columns the expected header
     * @throws IllegalStateException when the file is missing, has another header or a short row
     */
    static List<Row> read(String name, String... columns) {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file " + name + " is missing from the classpath");
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static List<Row> parse(String name, List<String> lines, String... columns) {
        String header = String.join("\t", columns);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(header)) {
                    throw new IllegalStateException(name + ": expected header '" + header + "', got '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns.length) {
                throw new IllegalStateException(name + " line " + (i + 1) + ": expected " + columns.length
                        + " tab-separated columns, got " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(new Row(cells, name + " line " + (i + 1)));
        }
        if (!headerSeen) {
            throw new IllegalStateException(name + ": no header row");
        }
        return rows;
    }
}
