package org.brieflens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brieflens.brief.Section;

/**
 * Finds relations between companies that one sentence asserts through a cue phrase ("competes
 * with", "partnership with", "to acquire"). Cue patterns are data: rows of the classpath resource
 * {@code org/brieflens/extract/relation-cues.tsv} with columns {@code type, pattern, roles,
 * confidence}. Only company and product mentions take part; a product stands for its owner.
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class RelationExtractor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String RESOURCE = "relation-cues.tsv";
    private static final String HEADER = "type\tpattern\troles\tconfidence";
    private static final Set<String> NEGATIONS = Set.of("not", "never", "ended", "ends", "ending",
            "terminated", "terminates", "denied", "denies", "cannot");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final int NEGATION_WINDOW = 3;

    private final List<CuePattern> cues;

    private RelationExtractor(List<CuePattern> cues) {
        this.cues = List.copyOf(cues);
    }

    /** Holder idiom: the cue file is parsed on first use, once per JVM, without locking afterwards. */
    private static final class Holder {
        static final RelationExtractor INSTANCE = new RelationExtractor(readCues());
    }

    /**
     * The extractor with the cue patterns of the classpath resource, loaded once per JVM.
     *
     * @throws IllegalStateException when the resource is missing or has a malformed row
     */
    public static RelationExtractor load() {
        return Holder.INSTANCE;
    }

    /**
     * Relations asserted in one sentence. Symmetric relations have as company A the one whose name
     * sorts first; acquisitions have the acquirer as A. One relation per type and company pair, the
     * one from the most confident cue.
     *
     * @param sentenceIndex index of the sentence in the document
     * @param section       section of the sentence
     * @param sentenceText  the sentence as written
     * @param sentenceBegin offset of the sentence's first character in the document text; mention offsets are document offsets
     * @param mentions      all mentions of this sentence (any EntityType), sorted by charBegin
     * @return the relations in the order their pair was first found (cue file row, then position); empty when none
     */
    public List<Relation> extract(int sentenceIndex, Section section, String sentenceText, int sentenceBegin,
                                  List<Mention> mentions) {
        SentenceMentions sentence = new SentenceMentions(sentenceText, sentenceBegin, mentions);
        if (sentence.distinctCompanies() < 2) {
            return List.of();
        }
        Origin origin = new Origin(sentenceIndex, section, sentenceText.strip());
        Map<String, Relation> best = new LinkedHashMap<>();
        for (CuePattern cue : cues) {
            Matcher m = cue.pattern().matcher(sentenceText);
            while (m.find()) {
                boolean negated = negated(sentenceText, m.start());
                pairsAround(cue, sentence, negated, m).forEach(p -> keepBest(best, cue, p, origin, m.group()));
            }
        }
        return List.copyOf(best.values());
    }

    /** Adds the relation unless the same type and pair is already known with at least its confidence. */
    private static void keepBest(Map<String, Relation> best, CuePattern cue, Pair pair, Origin origin, String cueText) {
        Pair ordered = pair.ordered(cue.type());
        best.merge(ordered.key(cue.type()), origin.relation(cue, ordered, cueText),
                (old, found) -> found.confidence() > old.confidence() ? found : old);
    }

    /** The company pairs one cue match asserts, without self-pairs. */
    private static List<Pair> pairsAround(CuePattern cue, SentenceMentions sentence, boolean negated, MatchResult m) {
        if (negated || m.end() == m.start() || sentence.overlaps(m.start(), m.end())) {
            return List.of();
        }
        List<Pair> pairs = switch (cue.roles()) {
            case SUBJECT_OBJECTS -> subjectObjects(cue.type(), sentence.subjectBefore(m.start()),
                    sentence.listAfter(m.end()));
            case BETWEEN -> allPairs(sentence.listAfter(m.end()));
            case AROUND -> sentence.adjacentBefore(m.start())
                    .flatMap(a -> sentence.adjacentAfter(m.end()).map(b -> new Pair(a, b)))
                    .stream().toList();
        };
        return pairs.stream().filter(p -> !p.self()).toList();
    }

    private static List<Pair> subjectObjects(RelationType type, Optional<Mention> subject, List<Mention> objects) {
        if (subject.isPresent()) {
            return objects.stream().map(o -> new Pair(subject.get(), o)).toList();
        }
        // "Rivals X and Y" still says X and Y compete; without an acquirer a directed cue says nothing.
        return type.symmetric() ? allPairs(objects) : List.of();
    }

    private static List<Pair> allPairs(List<Mention> members) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(new Pair(members.get(i), members.get(j)));
            }
        }
        return pairs;
    }

    /**
     * Whether a negation word lies within three words before the cue, in the same clause: "does not
     * compete with", "no longer partners with", "ended its partnership with". The clause stops at a
     * comma, semicolon or colon because negation rarely reaches across them.
     */
    static boolean negated(String text, int cueStart) {
        String before = text.substring(0, cueStart);
        String clause = before.substring(Math.max(before.lastIndexOf(','),
                Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'))) + 1);
        List<String> words = WORD.matcher(clause.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
        List<String> window = words.subList(Math.max(0, words.size() - NEGATION_WINDOW), words.size());
        return String.join(" ", window).contains("no longer")
                || window.stream().anyMatch(w -> NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n\u2019t"));
    }

    private static List<CuePattern> readCues() {
        try (InputStream in = RelationExtractor.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the cue file: optional '#' comment lines, the header row, then one cue per row. */
    static List<CuePattern> parse(List<String> lines) {
        List<CuePattern> cues = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = checkHeader(line);
            } else {
                cues.add(parseRow(line, i + 1));
            }
        }
        return cues;
    }

    private static boolean checkHeader(String line) {
        if (!line.equals(HEADER)) {
            throw new IllegalStateException(RESOURCE + ": expected header '" + HEADER + "', got '" + line + "'");
        }
        return true;
    }

    private static CuePattern parseRow(String line, int lineNumber) {
        try {
            return CuePattern.parse(line);
        } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** Two mentions that one cue relates; A is the actor for directed types. */
    private record Pair(Mention a, Mention b) {
        boolean self() {
            return a.entityKey().equals(b.entityKey());
        }

        /** Symmetric relations put the company whose name sorts first as A, so a pair has one key. */
        Pair ordered(RelationType type) {
            if (!type.symmetric()) {
                return this;
            }
            int byName = a.entityName().compareTo(b.entityName());
            int order = byName != 0 ? byName : a.entityKey().compareTo(b.entityKey());
            return order > 0 ? new Pair(b, a) : this;
        }

        String key(RelationType type) {
            return type + "\t" + a.entityKey() + "\t" + b.entityKey();
        }
    }

    /** Where relations of one sentence come from. */
    private record Origin(int sentenceIndex, Section section, String evidence) {
        Relation relation(CuePattern cue, Pair pair, String cueText) {
            return new Relation(cue.type(), pair.a().entityId(), pair.a().entityName(), pair.b().entityId(),
                    pair.b().entityName(), cueText, cue.confidence(), sentenceIndex, section, evidence);
        }
    }
}
