package org.brieflens.jobs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The default batch id of a run, derived from its input path. */
final class Batches {
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private Batches() {
    }

    /**
     * The last date {@code yyyy-MM-dd} in the input path (a daily drop such as
     * {@code /drops/dt=2026-11-03/}), else the input's last path element without extension.
     */
    static String derive(String input) {
        String path = input.replace('\\', '/').replaceAll("/+$", "");
        Matcher date = DATE.matcher(path);
        String found = null;
        while (date.find()) {
            found = date.group(1);
        }
        if (found != null) {
            return found;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "").toLowerCase(Locale.ROOT);
        return safe.isEmpty() ? "default" : safe.substring(0, Math.min(64, safe.length()));
    }
}
