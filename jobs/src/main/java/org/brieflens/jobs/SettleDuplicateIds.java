package org.brieflens.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.brieflens.brief.Brief;
import org.brieflens.brief.ParsedInput;
import org.brieflens.brief.RejectReason;
import org.brieflens.brief.Rejection;
import scala.Tuple2;

/**
 * Step "deduplicate": of the documents sharing an id, the one read first (by file, then line) is kept and
 * the others are rejected as {@link RejectReason#DUPLICATE_ID}, saying whether their text differs.
 */
final class SettleDuplicateIds implements FlatMapFunction<Tuple2<String, Iterable<Brief>>, ParsedInput> {
    @Override
    public Iterator<ParsedInput> call(Tuple2<String, Iterable<Brief>> group) {
        List<Brief> briefs = new ArrayList<>();
        group._2().forEach(briefs::add);
        briefs.sort(Comparator.comparing((Brief b) -> file(b.origin())).thenComparingLong(b -> line(b.origin())));
        Brief kept = briefs.get(0);
        List<ParsedInput> result = new ArrayList<>();
        result.add(ParsedInput.of(kept));
        for (Brief duplicate : briefs.subList(1, briefs.size())) {
            String how = kept.contentHash().equals(duplicate.contentHash()) ? "same text as" : "different text from";
            result.add(ParsedInput.rejected(new Rejection(duplicate.origin(), duplicate.docId(), RejectReason.DUPLICATE_ID,
                    "id '" + duplicate.docId() + "' already read, " + how + " " + kept.origin())));
        }
        return result.iterator();
    }

    /** The file of an origin ({@code path:line} or {@code path}). */
    private static String file(String origin) {
        return line(origin) < 0 ? origin : origin.substring(0, origin.lastIndexOf(':'));
    }

    /** The line number of an origin, compared as a number (line 9 comes before line 10); -1 without one. */
    private static long line(String origin) {
        String suffix = origin.substring(origin.lastIndexOf(':') + 1);
        return !suffix.isEmpty() && suffix.length() < 19 && suffix.chars().allMatch(Character::isDigit)
                && origin.contains(":") ? Long.parseLong(suffix) : -1;
    }
}
