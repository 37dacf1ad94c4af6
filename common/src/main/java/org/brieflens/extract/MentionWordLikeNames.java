package org.brieflens.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Confirms company names that are also ordinary words ("Apple", "Oracle", "Meta", "Arm", "Mistral",
 * word_like_names.txt) where the NER did not tag them. A pending name counts when nothing
 * capitalised stands right next to it (outside a Title Case headline) and either
 * <ul>
 * <li>a cue in its sentence marks it as a company: a company noun right before it ("the French AI
 * company Mistral"), a company cue right after it ("Arm filed", "Oracle shares", "Apttus CEO", a
 * headline verb), a possessive mid-sentence not after an article ("Arm's largest customers") or
 * before a company ("Alphabet's Google"), or a company it is coordinated with ("Reliance
 * Industries and Meta", "SAP and Oracle"); or</li>
 * <li>the document confirms the same company elsewhere (the NER tagged it, its full name, another
 * surface, a product or a subsidiary of it, or a cue as above), and it is not after an article
 * and not followed by a lower-case word that would make it a noun phrase ("Apple pie", "the
 * Amazon rainforest", "Palm oil"): only by punctuation, a cue, a possessive, a function word or a
 * verb form.</li>
 * </ul>
 */
final class MentionWordLikeNames {
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&", "/", "vs", "vs.", "versus");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> FOLLOWERS = Set.of("is", "was", "has", "had", "have", "are", "were", "will",
            "would", "can", "could", "may", "might", "should", "must", "also", "and", "or", "to", "in", "on", "at",
            "for", "of", "with", "from", "by", "as", "itself", "which", "who", "that", "now", "still", "already",
            "then", "but", "last", "this", "recently", "began", "became", "made", "took", "won", "did", "does");

    private final Set<String> cues;
    private final MentionCueNouns cueNouns;

    MentionWordLikeNames() {
        Set<String> all = new HashSet<>(MentionWords.lowerCase("company_cue_words.txt"));
        all.addAll(MentionWords.lowerCase("headline_verbs.txt"));
        this.cues = Set.copyOf(all);
        this.cueNouns = MentionCueNouns.packaged();
    }

    /** Adds the confirmed pending names to the candidates of their sentences (by document position). */
    void confirm(List<MentionScanner.Pending> pending,
                 List<List<MentionCandidate>> candidates) {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> confirmed = new HashSet<>();
        for (List<MentionCandidate> sentence : candidates) {
            for (MentionCandidate c : sentence) {
                if (c.company() && c.mention().entityId() != null) {
                    confirmed.add(c.mention().entityId());
                    if (c.mention().parentId() != null) {
                        confirmed.add(c.mention().parentId());
                    }
                }
            }
        }
        List<MentionScanner.Pending> unconfirmed = new java.util.ArrayList<>();
        for (MentionScanner.Pending p : pending) {
            int position = p.position();
            if (localCue(p.sentence(), p.candidate(), candidates.get(position))) {
                candidates.get(position).add(p.candidate());
                confirmed.add(p.candidate().mention().entityId());
            } else {
                unconfirmed.add(p);
            }
        }
        for (MentionScanner.Pending p : unconfirmed) {
            if (confirmed.contains(p.candidate().mention().entityId())
                    && documentReading(p.sentence(), p.candidate())) {
                candidates.get(p.position()).add(p.candidate());
            }
        }
    }

    private boolean localCue(MentionSentence s, MentionCandidate candidate, List<MentionCandidate> sentence) {
        int first = candidate.span().first();
        int last = candidate.span().last();
        if (capitalisedNeighbour(s, first, last)) {
            return false;
        }
        String next = s.lower(last + 1);
        if (cueNouns.before(s, first) == MentionCueNouns.Kind.COMPANY || cues.contains(next)) {
            return true;
        }
        if (s.possessive(last + 1) && (first > 0 && !ARTICLES.contains(s.lower(first - 1))
                || companyAt(sentence, last + 2, true))) {
            return true;
        }
        return COORDINATORS.contains(s.lower(first - 1)) && companyAt(sentence, first - 2, false)
                || COORDINATORS.contains(next) && companyAt(sentence, last + 2, true);
    }

    private boolean documentReading(MentionSentence s, MentionCandidate candidate) {
        int first = candidate.span().first();
        int last = candidate.span().last();
        if (capitalisedNeighbour(s, first, last) || ARTICLES.contains(s.lower(first - 1))) {
            return false;
        }
        String next = s.lower(last + 1);
        return last + 1 >= s.size() || s.punctuation(last + 1) || s.possessive(last + 1) || s.titleCase()
                || cues.contains(next) || FOLLOWERS.contains(next) || next.endsWith("ed")
                || next.endsWith("s") && !next.endsWith("ss");
    }

    /** A capitalised token right before (mid-sentence) or after the name, outside a Title Case headline. */
    private boolean capitalisedNeighbour(MentionSentence s, int first, int last) {
        if (s.titleCase()) {
            return false;
        }
        return first > 0 && s.nameLike(first - 1) || s.nameLike(last + 1) && !cues.contains(s.lower(last + 1));
    }

    /** Whether a company candidate of the sentence starts ({@code start}) or ends at token i. */
    private static boolean companyAt(List<MentionCandidate> sentence, int i, boolean start) {
        for (MentionCandidate c : sentence) {
            if (c.company() && (start ? c.span().first() : c.span().last()) == i) {
                return true;
            }
        }
        return false;
    }
}
