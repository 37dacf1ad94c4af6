package org.brieflens.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brieflens.extract.SentenceMentions.Span;

/**
 * Finds the company phrases around a cue in one sentence: the subject before it, the list after it
 * (through {@link CueLists}), and the list before a copula ("X and Y are its rivals"); and tells
 * where the cue stands in its clause. Positions are sentence-local offsets.
 */
final class CueArguments {
    /**
     * A copula, or the comma of an apposition, and what stands between it and a relational noun: "are
     * its main open-model ", "is Intel's biggest ", "Grab, Uber's biggest ".
     */
    private static final Pattern COPULA_BEFORE_NOUN = Pattern.compile(
            "(?:\\b(?:is|are|was|were|remains?|remained|became|becomes?|become|been)\\s+|,\\s*)"
                    + "((?:(?:one|some|two|all|each)\\s+of\\s+|among\\s+)?(?:[\\p{L}\\p{N}'\u2019#.&-]+\\s+){0,4})$",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between the last member of a list and its copula: "Meta's Llama have long". */
    private static final Pattern BEFORE_COPULA = Pattern.compile("^" + CueGaps.TAIL
            + "\\s*(?:(?:have|has|had|also|now|still|both|all|long|\\p{Ll}+ly)\\s+)*$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile(
            "\\b(?:between|among)\\s+(?:the\\s+)?(?:two\\s+|three\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_BEFORE = CueLists.PREPOSITION_BEFORE;
    /** Text right before a cue that makes it an infinitive of purpose: "X bought Y to take on Z". */
    private static final Pattern INFINITIVE_BEFORE = Pattern.compile("\\bto\\s+(?:\\p{L}+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_GAP = Pattern.compile("(?:['\u2019]s(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3})?\\s*");
    private static final Pattern PREPOSITION_RIGHT_BEFORE = Pattern.compile(
            "\\b(?:from|with|against|behind|than|over|by|to)\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * A place or person opening a clause and acting before the cue: "after Argentina signed a
     * contract with", "Germany competes with". Not a modifier: "Samsung's US unit", "US partner".
     */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?:^|[,;:\"\u201c(]\\s*|\\b(?:after|when|while|as|and|but|"
            + "that|said|says|because|since|if|before)\\s+)[#@]+\\s+(?:(?:has|have|had|will|would|also|recently|then|later|"
            + "now)\\s+)*(?:\\p{Ll}+\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\p{Ll}\\d-]+\\s+){0,2})?$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['\u2019]s\\b");
    /** Words that may open a clause before a list-naming noun: "Rivals X and Y", "The rival firms X and Y". */
    private static final int MAX_CLAUSE_OPENING_WORDS = 2;
    private static final Pattern LIST_INTRODUCER = Pattern.compile("\\b(?:like|as|including|to|of)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]");

    /** Members before a copula, and the company whose relational noun they are, if the text names one. */
    record CopulaList(List<Span> members, Optional<Span> possessor, int possessorRegionStart) {
    }

    private final SentenceMentions sentence;
    private final CueLists lists;

    CueArguments(SentenceMentions sentence) {
        this.sentence = sentence;
        this.lists = new CueLists(sentence);
    }

    /** The coordinated list after {@code pos}, see {@link CueLists#listAfter}. */
    List<Span> listAfter(int pos) {
        return lists.listAfter(pos);
    }

    /** The coordinated list that ends with {@code last}, see {@link CueLists#listEndingWith}. */
    List<Span> listEndingWith(Span last, int from) {
        return lists.listEndingWith(last, from);
    }

    /**
     * The company acting as subject of a cue: the nearest eligible company of the cue's clause, or
     * the clause's first company when the cue's verb phrase left its subject out ("X bought Y, and
     * has a partnership with Z"), is an infinitive of purpose ("X bought Y to take on Z") or is a
     * noun after a preposition ("X snatched Y's unit from rivals Z").
     */
    Optional<Span> subjectBefore(int cueStart) {
        List<Span> candidates = sentence.subjectCandidates(sentence.clauseStart(cueStart), cueStart);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Span nearest = candidates.get(candidates.size() - 1);
        // An infinitive of purpose belongs to the main clause: in "X buys Y to take on Z", X takes Z on;
        // so does a noun after a preposition: in "X snatched Y's unit from rivals Z", Z are X's rivals.
        String gap = sentence.masked(nearest.end(), cueStart);
        boolean elided = candidates.size() > 1
                && (CueGaps.elidedSubject(sentence.maskedWithoutInsertions(nearest.end(), cueStart))
                || INFINITIVE_BEFORE.matcher(gap).find() || PREPOSITION_RIGHT_BEFORE.matcher(gap).find());
        // A company right before the cue owns it whatever precedes: "an agreement with CFM rival IAE".
        boolean owner = OWNER_GAP.matcher(sentence.masked(nearest.end(), cueStart)).matches();
        return Optional.of(elided ? candidates.get(0) : owner ? nearest : outsidePrepositions(candidates, nearest));
    }

    /**
     * The nearest candidate, unless its list is the object of a preposition ("X competes with Y for
     * orders from Z"): then the last candidate before that list which is not, if there is one.
     */
    private Span outsidePrepositions(List<Span> candidates, Span nearest) {
        int clause = sentence.clauseStart(nearest.begin());
        Span chosen = nearest;
        while (true) {
            Span first = listEndingWith(chosen, clause).get(0);
            if (!PREPOSITION_BEFORE.matcher(sentence.masked(clause, first.begin())).find()) {
                return chosen;
            }
            int before = candidates.indexOf(first) - 1;
            if (before < 0) {
                return nearest;
            }
            chosen = candidates.get(before);
        }
    }

    /** Whether a place or person mention stands right before the cue, as its subject: "Argentina signed a contract with". */
    boolean otherSubjectRightBefore(int cueStart) {
        return OTHER_SUBJECT.matcher(sentence.masked(sentence.clauseStart(cueStart), cueStart)).find();
    }

    /** The subject list right before a cue with only a short verb group between ("X and Y have been locked in"). */
    List<Span> subjectListBefore(int cueStart) {
        int clause = sentence.clauseStart(cueStart);
        List<Span> candidates = sentence.subjectCandidates(clause, cueStart);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Span nearest = candidates.get(candidates.size() - 1);
        if (!CueGaps.shortVerbGap(sentence.masked(nearest.end(), cueStart))) {
            return List.of();
        }
        List<Span> members = listEndingWith(nearest, clause);
        // "Shares of X and Y rose on the partnership": a list after a preposition is no subject.
        boolean prepositional = PREPOSITION_BEFORE.matcher(sentence.masked(clause, members.get(0).begin())).find();
        return prepositional ? List.of() : members;
    }

    /** The list before a copula that a relational noun cue ends: "X and Y are its main rivals", "X is Z's partner". */
    Optional<CopulaList> copulaListBefore(int cueStart) {
        int clause = sentence.clauseStart(cueStart);
        Matcher m = COPULA_BEFORE_NOUN.matcher(sentence.masked(clause, cueStart));
        if (!m.find()) {
            return Optional.empty();
        }
        int copula = clause + m.start();
        int region = clause + m.start(1);
        List<Span> candidates = sentence.subjectCandidates(clause, copula);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Span last = candidates.get(candidates.size() - 1);
        if (!BEFORE_COPULA.matcher(sentence.masked(last.end(), copula)).matches()) {
            return Optional.empty();
        }
        Optional<Span> possessor = sentence.companies().stream()
                .filter(s -> s.begin() >= region && s.end() <= cueStart)
                .filter(s -> POSSESSIVE_AFTER.matcher(sentence.text().substring(s.end())).find())
                .findFirst();
        return Optional.of(new CopulaList(listEndingWith(last, clause), possessor, region));
    }

    /**
     * Whether a noun cue names the list right after it, as in "Rivals X and Y" (the companies are
     * one another's rivals), rather than through "such as" or "of" (they are someone else's).
     */
    boolean namesListDirectly(MatchResult cue) {
        return !LIST_INTRODUCER.matcher(cue.group()).find() && sentence.firstCompanyFrom(cue.end())
                .filter(s -> sentence.text().substring(cue.end(), s.begin()).isBlank()).isPresent();
    }

    /**
     * Whether the noun cue is a predicate or an apposition ("Linux is an alternative to X", "Linux,
     * an alternative to X"): what it describes is whatever precedes the copula or comma.
     */
    boolean predicative(int cueStart) {
        return COPULA_BEFORE_NOUN.matcher(sentence.masked(sentence.clauseStart(cueStart), cueStart)).find();
    }

    /** Whether the noun cue follows "between" or "among": "a battleground between rival makers X and Y". */
    boolean afterBetween(int cueStart) {
        return BETWEEN_BEFORE.matcher(sentence.masked(sentence.clauseStart(cueStart), cueStart)).find();
    }

    /** Whether the cue opens its clause, as in "Rivals X and Y", so the listed companies are one another's. */
    boolean opensClause(int cueStart) {
        String before = sentence.masked(0, cueStart);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int start = 0;
        while (breaks.find()) {
            start = breaks.end();
        }
        String opening = before.substring(start).strip();
        return sentence.subjectCandidates(start, cueStart).isEmpty()
                && (opening.isEmpty() || opening.split("\\s+").length <= MAX_CLAUSE_OPENING_WORDS);
    }
}
