package org.brieflens.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates: strict ISO parsing, and dates carried by file paths. */
public final class BriefDates {
    // STRICT with 'uuuu' rejects impossible dates such as 2025-02-30 instead of clamping them.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PARTITION_FOLDER = Pattern.compile("(?:^|/)dt=(\\d{4}-\\d{2}-\\d{2})/");
    private static final Pattern NAME_PREFIX = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})[^/]*$");

    private BriefDates() {
    }

    /**
     * Parses an ISO {@code yyyy-MM-dd} calendar date, or the date part of an ISO date-time
     * ({@code 2025-03-04T10:15:00Z}, with or without offset) as written, without converting zones.
     *
     * @throws DateTimeParseException when the text is not a valid date in one of those exact forms
     */
    public static LocalDate parseIso(String text) {
        String date = text.strip();
        if (date.length() > 10 && date.charAt(10) == 'T') {
            return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(date));
        }
        return LocalDate.parse(date, ISO);
    }

    /**
     * The date a text file's path carries: the innermost {@code dt=yyyy-MM-dd} folder, else a
     * {@code yyyy-MM-dd} prefix of the file name. Empty when the path carries no date.
     *
     * @throws DateTimeParseException when the path carries an impossible date
     */
    public static Optional<LocalDate> fromPath(String path) {
        String unixPath = path.replace('\\', '/');
        Matcher folder = PARTITION_FOLDER.matcher(unixPath);
        String found = null;
        while (folder.find()) {
            found = folder.group(1);
        }
        if (found == null) {
            Matcher name = NAME_PREFIX.matcher(unixPath);
            found = name.find() ? name.group(1) : null;
        }
        return found == null ? Optional.empty() : Optional.of(parseIso(found));
    }
}
