package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brieflens.extract.SentenceMentions.Span;

/**
 * Turns one cue match of a sentence into the company pairs it asserts, following the cue's roles
 * (see {@link CuePattern.Roles}). Self-pairs are dropped.
 */
final class CueResolver {
    /** Gap allowed around an "X vs Y" cue: spaces, punctuation and a possessive. */
    private static final Pattern ADJACENT_GAP = Pattern.compile("(?:['\u2019]s\\b|[\\s\\p{P}])*");
    /** Gap from the company before an "X vs Y" cue: its possessive phrase may stand between ("Apple's iPhone vs"). */
    private static final Pattern ADJACENT_GAP_BEFORE = Pattern.compile(CueGaps.TAIL + "[\\s\\p{P}]*");
    /** "Arm vs Qualcomm" in a court case names the parties to a dispute, not competitors in a market. */
    private static final Pattern LEGAL = Pattern.compile(
            "\\b(?:court|lawsuit|suit|sued|sues|suing|trial|dispute|litigation|judge|verdict|ruling|patent)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /** The subjects found for a cue, and whether coreference supplied them. */
    private record Subjects(List<Mention> mentions, boolean inferred) {
        static final Subjects NONE = new Subjects(List.of(), false);
    }

    private final SentenceMentions sentence;
    private final CueArguments arguments;
    private final CoreferenceContext context;

    CueResolver(SentenceMentions sentence, CoreferenceContext context) {
        this.sentence = sentence;
        this.arguments = new CueArguments(sentence);
        this.context = context;
    }

    /** The pairs one match of {@code cue} asserts, without self-pairs. */
    List<RelationPair> pairs(CuePattern cue, MatchResult m) {
        List<RelationPair> pairs = switch (cue.roles()) {
            case SUBJECT_OBJECTS -> subjectObjects(cue.type(), m, false);
            case NOUN -> subjectObjects(cue.type(), m, true);
            case SUBJECTS -> subjectsPairwise(m);
            case OBJECTS_SUBJECT -> passive(m);
            case BETWEEN -> between(m);
            case AROUND -> around(m);
        };
        return pairs.stream().filter(p -> !p.self()).toList();
    }

    private List<RelationPair> subjectObjects(RelationType type, MatchResult m, boolean noun) {
        List<Mention> objects = mentions(arguments.listAfter(m.end()));
        if (objects.isEmpty()) {
            return noun ? arguments.copulaListBefore(m.start()).map(c -> copulaPairs(type, c, m.start()))
                    .orElse(List.of()) : List.of();
        }
        Subjects subjects = subjects(m.start(), keys(objects), !noun);
        if (!subjects.mentions().isEmpty()) {
            return cross(subjects.mentions(), objects, subjects.inferred());
        }
        // "competition from X and Y" without a subject says nothing about X and Y themselves.
        return noun ? subjectlessNoun(type, m, objects) : List.of();
    }

    /**
     * A relational noun with companies after it but no subject: "Rivals X and Y" or "a battleground
     * between rival makers X and Y" relate them to one another; otherwise they are the companies of
     * the story's topic ("buyers test alternatives such as X") unless the text names someone else.
     */
    private List<RelationPair> subjectlessNoun(RelationType type, MatchResult m, List<Mention> objects) {
        boolean oneAnother = arguments.afterBetween(m.start())
                || arguments.opensClause(m.start()) && arguments.namesListDirectly(m);
        if (oneAnother) {
            return type.symmetric() ? allPairs(objects, false) : List.of();
        }
        int clause = sentence.clauseStart(m.start());
        if (arguments.predicative(m.start()) || sentence.unknownNameIn(clause, m.start())) {
            // "Linux is an alternative to X", "Jet now has competitors such as X": the subject is there, unrecognised.
            return List.of();
        }
        return context.antecedent(sentence, m.start(), keys(objects))
                .map(topic -> cross(List.of(topic), objects, true)).orElse(List.of());
    }

    /** "X and Y are its rivals": the possessor (named or an anaphor) with each member; no possessor, the members pairwise. */
    private List<RelationPair> copulaPairs(RelationType type, CueArguments.CopulaList copula, int cueStart) {
        List<Mention> members = mentions(copula.members());
        if (copula.possessor().isPresent()) {
            return cross(List.of(copula.possessor().get().mention()), members, false);
        }
        OptionalInt anaphor = CoreferenceAnaphors.lastAnaphor(sentence, copula.possessorRegionStart(), cueStart);
        if (anaphor.isPresent()) {
            Optional<Mention> owner = context.antecedent(sentence, anaphor.getAsInt(), keys(members));
            return owner.map(o -> cross(List.of(o), members, true)).orElse(List.of());
        }
        return type.symmetric() ? allPairs(members, false) : List.of();
    }

    /**
     * The subject of a cue: an anaphor between the nearest subject and the cue wins ("X said its
     * rival Y"), then the nearest subject with the list it ends, then an anaphor with no company before.
     *
     * @param verbal whether the cue is a verb phrase, so that a place or person right before it is its subject
     */
    private Subjects subjects(int cueStart, Set<String> objectKeys, boolean verbal) {
        int clause = sentence.clauseStart(cueStart);
        if (verbal && arguments.otherSubjectRightBefore(cueStart)) {
            // "after Argentina signed a contract with X": a place or a person does it, no company.
            return Subjects.NONE;
        }
        Optional<Span> nearest = arguments.subjectBefore(cueStart);
        OptionalInt anaphor = CoreferenceAnaphors.lastAnaphor(sentence, nearest.map(Span::end).orElse(clause), cueStart);
        if (anaphor.isPresent()) {
            return context.antecedent(sentence, anaphor.getAsInt(), objectKeys)
                    .map(a -> new Subjects(List.of(a), true)).orElse(Subjects.NONE);
        }
        if (nearest.isPresent()) {
            return new Subjects(mentions(arguments.listEndingWith(nearest.get(), clause)), false);
        }
        return CoreferenceAnaphors.lastPluralAnaphor(sentence, clause, cueStart)
                .map(a -> new Subjects(context.group(sentence, a), true)).orElse(Subjects.NONE);
    }

    /** "X and Y reached a deal", or "the two companies reached a deal" after X and Y were named. */
    private List<RelationPair> subjectsPairwise(MatchResult m) {
        List<Mention> named = mentions(arguments.subjectListBefore(m.start()));
        if (named.size() >= 2) {
            return allPairs(named, false);
        }
        int clause = sentence.clauseStart(m.start());
        return CoreferenceAnaphors.lastPluralAnaphor(sentence, clause, m.start())
                .filter(a -> CueGaps.shortVerbGap(sentence.masked(a.end(), m.start())))
                .map(a -> allPairs(context.group(sentence, a), true)).orElse(List.of());
    }

    /** "between X and Y", or "among the three suppliers" after they were named. */
    private List<RelationPair> between(MatchResult m) {
        List<Mention> named = mentions(arguments.listAfter(m.end()));
        if (named.size() >= 2) {
            return allPairs(named, false);
        }
        return CoreferenceAnaphors.pluralAnaphorAt(sentence, m.end())
                .map(a -> allPairs(context.group(sentence, a), true)).orElse(List.of());
    }

    /** "X was acquired by Y": Y is the actor. */
    private List<RelationPair> passive(MatchResult m) {
        List<Mention> actors = mentions(arguments.listAfter(m.end()));
        if (actors.isEmpty()) {
            return List.of();
        }
        Subjects targets = subjects(m.start(), keys(actors), true);
        return cross(actors, targets.mentions(), targets.inferred());
    }

    private List<RelationPair> around(MatchResult m) {
        if (LEGAL.matcher(sentence.text()).find()) {
            return List.of();
        }
        Optional<Span> before = sentence.lastCompanyEndingBy(m.start())
                .filter(s -> ADJACENT_GAP_BEFORE.matcher(sentence.text().substring(s.end(), m.start())).matches());
        Optional<Span> after = sentence.firstCompanyFrom(m.end())
                .filter(s -> ADJACENT_GAP.matcher(sentence.text().substring(m.end(), s.begin())).matches());
        return before.flatMap(a -> after.map(b -> new RelationPair(a.mention(), b.mention(), false)))
                .stream().toList();
    }

    private static List<RelationPair> cross(List<Mention> as, List<Mention> bs, boolean inferred) {
        List<RelationPair> pairs = new ArrayList<>();
        as.forEach(a -> bs.forEach(b -> pairs.add(new RelationPair(a, b, inferred))));
        return pairs;
    }

    private static List<RelationPair> allPairs(List<Mention> members, boolean inferred) {
        List<RelationPair> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(new RelationPair(members.get(i), members.get(j), inferred));
            }
        }
        return pairs;
    }

    private static List<Mention> mentions(List<Span> spans) {
        return spans.stream().map(Span::mention).toList();
    }

    private static Set<String> keys(List<Mention> mentions) {
        return mentions.stream().map(Mention::entityKey).collect(Collectors.toSet());
    }
}
