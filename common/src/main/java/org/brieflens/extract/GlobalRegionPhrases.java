package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brieflens.resolve.Region;
import org.brieflens.resolve.RegionGazetteer;

/**
 * The worldwide macro region, only from explicit worldwide statements listed in
 * {@code global_phrases.txt} ("worldwide", "around the world", "global market"), matched on the
 * tokens ignoring case, never on tokens the NER tagged as an organisation ("World Trade
 * Organisation") and never from a capitalised "Global" in a name ("its Global Investors wing").
 */
final class GlobalRegionPhrases {
    static final String GLOBAL = "global";

    private final Region global;
    /** Phrases by their first token, each as its lower-case tokens. */
    private final Map<String, List<String[]>> phrases = new HashMap<>();

    GlobalRegionPhrases(RegionGazetteer regions, List<String> phrases) {
        this.global = regions.lookup("Global").filter(r -> GLOBAL.equals(r.id())).orElse(null);
        for (String phrase : phrases) {
            String[] tokens = MentionWords.lower(phrase).split(" ");
            this.phrases.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
        }
    }

    static GlobalRegionPhrases packaged(RegionGazetteer regions) {
        return new GlobalRegionPhrases(regions, MentionWords.lines("global_phrases.txt"));
    }

    void candidates(MentionSentence s, List<MentionCandidate> out) {
        if (global == null) {
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            List<String[]> starting = phrases.get(s.lower(i));
            if (starting == null) {
                continue;
            }
            for (String[] phrase : starting) {
                int last = i + phrase.length - 1;
                if (matches(s, i, phrase)) {
                    out.add(MentionCandidate.region(s.span(i, last), global));
                }
            }
        }
    }

    private static boolean matches(MentionSentence s, int first, String[] phrase) {
        if (first + phrase.length > s.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!s.lower(first + k).equals(phrase[k]) || s.tagged(first + k, "ORGANIZATION")) {
                return false;
            }
        }
        return true;
    }
}
