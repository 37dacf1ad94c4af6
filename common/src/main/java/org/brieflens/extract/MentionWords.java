package org.brieflens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the packaged word lists of {@code gazetteer/}: one entry a line, '#' comments and blank lines skipped. */
final class MentionWords {
    private static final String DIR = "/org/brieflens/gazetteer/";

    private MentionWords() {
    }

    /** The entries of a list as written, in file order. */
    static List<String> lines(String file) {
        InputStream in = MentionWords.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("data file " + DIR + file + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }

    /** The entries of a list in lower case, for case-insensitive look-ups. */
    static Set<String> lowerCase(String file) {
        return lines(file).stream().map(MentionWords::lower).collect(Collectors.toUnmodifiableSet());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
