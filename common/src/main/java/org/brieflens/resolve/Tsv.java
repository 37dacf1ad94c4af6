package org.brieflens.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated data files packaged with brieflens: '#' comment lines at the top, a
 * header row, then one record per line. Lists inside a cell are separated by '|'.
 */
final class Tsv {
    private Tsv() {
    }

    /** Rows of a classpath resource as maps from header name to cell (missing cells are ""). */
    static List<Map<String, String>> read(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(resource, reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Splits a '|'-separated cell into its non-empty, trimmed items. */
    static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Map<String, String>> rows(String resource, List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalStateException("data file " + resource + " has no header row");
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
