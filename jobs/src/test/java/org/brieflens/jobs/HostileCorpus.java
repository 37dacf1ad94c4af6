package org.brieflens.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brieflens.brief.RejectReason;

/**
 * A corpus of hostile input written into a folder at test time: each case is a .txt file or a
 * JSON Lines line, declared with the outcome it must have. Cases are keyed by their origin, as
 * the {@code documents.origin} and {@code rejected.source} columns name them.
 */
final class HostileCorpus {
    /** What a case must end as. */
    enum Outcome { PROCESSED, REJECTED, PROCESSED_OR_TIMED_OUT }

    /**
     * One declared case.
     *
     * @param origin      {@code file} or {@code file:line}
     * @param what        what is hostile about it
     * @param outcome     the required outcome
     * @param reason      the reject reason when rejected, else null
     * @param minMentions for processed cases, at least this many mentions (-1: not checked)
     * @param maxMentions for processed cases, at most this many mentions (-1: not checked)
     * @param date        for processed cases, the publication date it must have, "" for undated, null unchecked
     */
    record Case(String origin, String what, Outcome outcome, RejectReason reason, int minMentions, int maxMentions,
                String date) {
        boolean mayTimeOut() {
            return outcome == Outcome.PROCESSED_OR_TIMED_OUT;
        }
    }

    static final String GOOD_TEXT = "Nvidia opened a research centre in Seoul, and AMD hired engineers in Austin.";

    private final Path folder;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final Map<String, List<String>> jsonLines = new LinkedHashMap<>();

    private HostileCorpus(Path folder) {
        this.folder = folder;
    }

    /** Writes the whole corpus into the folder and returns its declared cases. */
    static HostileCorpus writeInto(Path folder) {
        HostileCorpus corpus = new HostileCorpus(folder);
        corpus.textBriefs();
        corpus.wireLines();
        corpus.feedLines();
        corpus.flush();
        return corpus;
    }

    Map<String, Case> cases() {
        return cases;
    }

    /** Origins of cases whose content is large enough to matter for the time limits. */
    static final Set<String> HEAVY = Set.of("long-sentence.txt", "punctuation.txt", "nested-brackets.txt");

    private void textBriefs() {
        text("empty.txt", new byte[0], rejected("an empty file", RejectReason.EMPTY_TEXT));
        text("whitespace.txt", utf8(" \n\t\n   \r\n"), rejected("whitespace only", RejectReason.EMPTY_TEXT));
        text("binary.txt", pngHeaderAndNoise(), rejected("binary bytes (a PNG)", RejectReason.BINARY_CONTENT));
        text("latin1.txt", "Caf\u00e9 d\u00e9j\u00e0 vu at Nokia".getBytes(StandardCharsets.ISO_8859_1),
                rejected("Latin-1 bytes, not UTF-8", RejectReason.INVALID_ENCODING));
        text("dt=2025-07-01/bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(brief("\n"))),
                processed("a UTF-8 byte-order mark", 2, -1, "2025-07-01"));
        text("dt=2025-07-01/crlf.txt", utf8(brief("\r\n").replace("Nvidia", "Intel")),
                processed("CRLF line ends", 2, -1, "2025-07-01"));
        text("huge-line.txt", utf8("Nvidia ".repeat(750_000)), rejected("a 5 MB single-line document", RejectReason.TOO_LARGE));
        text("long-sentence.txt", utf8("Nvidia and " + "very ".repeat(20_000) + "big chips"),
                processedOrTimedOut("one sentence of 20,000 tokens", 1));
        text("punctuation.txt", utf8("Why?\n" + "!?.".repeat(100_000) + "\n" + "?".repeat(100_000) + " Nvidia rose."),
                processedOrTimedOut("100k '!?.' and a line of 100k '?'", -1));
        text("nested-brackets.txt", utf8("AMD " + "(".repeat(20_000) + "Intel" + ")".repeat(20_000) + " [{<" .repeat(10_000)),
                processedOrTimedOut("brackets nested 20,000 deep", -1));
        text("html.txt", utf8("<!DOCTYPE html><html><head><title>Will Nvidia win Seoul?</title><script>var s = '<p>Apple</p>';"
                + "</script></head><body><h2>What&#8217;s Happening?</h2><p>Nvidia opened a lab in <b>Seoul</b>.</p>"
                + "<!-- Apple --></body></html>"), processed("an HTML page with brief headings", 2, 4, ""));
        text("markup-only.txt", utf8("<html><body><div><br/></div></body></html>"),
                rejected("markup and no text", RejectReason.EMPTY_TEXT));
        text("headings-only.txt", utf8("What's Happening?\nWhy It's Important?\nWhat's Next?\n"),
                rejected("headings and nothing else", RejectReason.EMPTY_TEXT));
        text("lead-and-headings.txt", utf8("Will Intel recover?\nWhat's Happening?\n\nWhat's Next?\n\n"),
                rejected("a lead question and empty headings", RejectReason.EMPTY_TEXT));
        text("chinese.txt", utf8("英伟达的新芯片\n英伟达周二在首尔开设了新的研究中心，并计划明年扩大生产。"),
                processed("Chinese text", -1, 3, ""));
        text("arabic.txt", utf8("شركة إنفيديا تفتتح مركزا للأبحاث\nافتتحت الشركة مركزا جديدا في سيول يوم الثلاثاء."),
                processed("Arabic text", -1, 3, ""));
        text("russian.txt", utf8("Nvidia открывает центр\nКомпания открыла новый исследовательский центр в Сеуле во вторник."),
                processed("Russian text", -1, 3, ""));
        text("dt=2025-02-30/impossible.txt", utf8(GOOD_TEXT), rejected("an impossible date in the path", RejectReason.BAD_DATE));
        text("dt=2025-07-02/good.txt", utf8("Chip makers expand\n" + GOOD_TEXT), processed("a good brief", 2, -1, "2025-07-02"));
    }

    private void wireLines() {
        String file = "wire.jsonl";
        line(file, article("w-ok-1", "2025-07-01", GOOD_TEXT), processed("a good article", 2, -1, "2025-07-01"));
        line(file, "{\"id\": \"broken\", \"text\": ", rejected("truncated JSON", RejectReason.MALFORMED_JSON));
        line(file, "[1, 2, 3]", rejected("an array, not an object", RejectReason.MALFORMED_JSON));
        line(file, article("two-a", "2025-07-01", GOOD_TEXT) + " " + article("two-b", "2025-07-01", GOOD_TEXT),
                rejected("two objects on one line", RejectReason.MALFORMED_JSON));
        line(file, "{\"id\": \"dup-key\", \"text\": \"Intel rose.\", \"text\": \"Intel fell.\"}",
                rejected("a field given twice", RejectReason.MALFORMED_JSON));
        line(file, "[".repeat(50_000) + "]".repeat(50_000), rejected("JSON nested 50,000 deep", RejectReason.MALFORMED_JSON));
        line(file, "{\"date\": \"2025-07-01\", \"text\": \"No id here.\"}", rejected("no id", RejectReason.MISSING_FIELD));
        line(file, "{\"id\": \"no-text\", \"title\": \"Intel rose\"}", rejected("no text", RejectReason.MISSING_FIELD));
        line(file, article("w-ok-9", "2025-07-02", "Samsung shipped memory to Apple."),
                processed("the first of two lines with one id, on line 9", 1, -1, "2025-07-02"));
        line(file, "{\"id\": 42, \"text\": \"A numeric id.\"}", rejected("a numeric id", RejectReason.BAD_FIELD_TYPE));
        line(file, "{\"id\": \"num-text\", \"text\": 3.5}", rejected("a numeric text", RejectReason.BAD_FIELD_TYPE));
        line(file, "{\"id\": \"num-date\", \"date\": 20250701, \"text\": \"Intel rose.\"}",
                rejected("a numeric date", RejectReason.BAD_FIELD_TYPE));
        line(file, "{\"id\": \"list-title\", \"title\": [\"a\"], \"text\": \"Intel rose.\"}",
                rejected("a list as title", RejectReason.BAD_FIELD_TYPE));
        for (String date : List.of("2025-02-30", "03/04/2025", "2025-13-01", "yesterday")) {
            line(file, article("date-" + date.replaceAll("\\W", ""), date, GOOD_TEXT),
                    rejected("date " + date, RejectReason.BAD_DATE));
        }
        line(file, article("iso-time", "2025-07-03T23:30:00-05:00", GOOD_TEXT.replace("Seoul", "Tokyo")),
                processed("an ISO date-time", 2, -1, "2025-07-03"));
        line(file, article("w-ok-1", "2025-07-02", "Intel cut prices in Germany."),
                rejected("a used id with different text", RejectReason.DUPLICATE_ID));
        line(file, article("w-ok-9", "2025-07-03", "Samsung cut prices."),
                rejected("line 9's id again, on a line past 9", RejectReason.DUPLICATE_ID));
        line(file, article("blank", "2025-07-01", "   "), rejected("blank text", RejectReason.EMPTY_TEXT));
        line(file, "{\"id\": \"ctl\", \"text\": \"\\u0000\\u0001\\u0002 Intel\"}", rejected("control characters", RejectReason.BINARY_CONTENT));
        line(file, "{\"id\": \"huge\", \"text\": \"" + "Intel ".repeat(200_000) + "\"}",
                rejected("a 1.2 MB text", RejectReason.TOO_LARGE));
        line(file, article("w-html", "2025-07-02", "<p>AT&amp;T and <a href='x'>Nokia</a> signed a deal in Finland.</p>"),
                processed("HTML in the text", 1, -1, "2025-07-02"));
        line(file, article("w-undated", null, GOOD_TEXT.replace("Austin", "Texas")), processed("a null date", 2, -1, ""));
        line(file, article("w-arabic", "2025-07-02", "افتتحت الشركة مركزا جديدا في سيول يوم الثلاثاء."),
                processed("Arabic text", -1, 3, "2025-07-02"));
    }

    /** A second JSON Lines file, read after the first, with a byte-order mark, CRLF line ends and a line of invalid UTF-8. */
    private void feedLines() {
        String file = "x-feed.ndjson";
        line(file, "\uFEFF" + article("f-bom", "2025-07-02", GOOD_TEXT.replace("Seoul", "Paris")),
                processed("a byte-order mark before the first line", 2, -1, "2025-07-02"));
        line(file, article("f-crlf", "2025-07-03", GOOD_TEXT.replace("AMD", "Intel")) + "\r",
                processed("a CRLF line end", 2, -1, "2025-07-03"));
        line(file, "{\"id\": \"f-latin1\", \"text\": \"Caf\u00e9\"}", rejected("Latin-1 bytes in a line", RejectReason.INVALID_ENCODING));
        line(file, article("w-ok-1", "2025-07-01", GOOD_TEXT), rejected("a used id, same text, other file", RejectReason.DUPLICATE_ID));
    }

    private static String brief(String lineEnd) {
        return String.join(lineEnd, "Can Nvidia keep its lead?", "What's Happening?",
                "Nvidia opened a research centre in Seoul.", "What's Next?", "AMD plans a lab in Austin.", "");
    }

    private static String article(String id, String date, String text) {
        return "{\"id\": \"" + id + "\", \"date\": " + (date == null ? "null" : "\"" + date + "\"")
                + ", \"title\": \"Chip makers expand\", \"source\": \"Wire\", \"text\": \"" + text + "\"}";
    }

    private static byte[] pngHeaderAndNoise() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private void text(String path, byte[] bytes, Case declared) {
        write(folder.resolve(path), bytes);
        cases.put(path, withOrigin(declared, path));
    }

    private void line(String file, String json, Case declared) {
        List<String> lines = jsonLines.computeIfAbsent(file, f -> new ArrayList<>());
        lines.add(json);
        String origin = file + ":" + lines.size();
        cases.put(origin, withOrigin(declared, origin));
    }

    /** Writes the JSON Lines files; the Latin-1 case is encoded as Latin-1, every other line as UTF-8. */
    private void flush() {
        jsonLines.forEach((file, lines) -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (String line : lines) {
                byte[] encoded = line.contains("f-latin1") ? line.getBytes(StandardCharsets.ISO_8859_1) : utf8(line);
                bytes.writeBytes(encoded);
                bytes.write('\n');
            }
            write(folder.resolve(file), bytes.toByteArray());
        });
    }

    private static Case withOrigin(Case c, String origin) {
        return new Case(origin, c.what(), c.outcome(), c.reason(), c.minMentions(), c.maxMentions(), c.date());
    }

    private static Case processed(String what, int minMentions, int maxMentions, String date) {
        return new Case(null, what, Outcome.PROCESSED, null, minMentions, maxMentions, date);
    }

    private static Case processedOrTimedOut(String what, int minMentions) {
        return new Case(null, what, Outcome.PROCESSED_OR_TIMED_OUT, null, minMentions, -1, null);
    }

    private static Case rejected(String what, RejectReason reason) {
        return new Case(null, what, Outcome.REJECTED, reason, -1, -1, null);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
