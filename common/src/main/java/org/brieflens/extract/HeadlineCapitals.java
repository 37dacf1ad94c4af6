package org.brieflens.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Wire headlines in capitals ("PAXAR SETS DIVIDEND", "OIL PRICES RISE") defeat the NER: it tags
 * common words as organisations. An unknown company found only in such a headline counts when the
 * body names it too (same name ignoring case, or a longer name it begins); the body reads names in
 * their proper case. Companies the gazetteer resolves are kept.
 */
final class HeadlineCapitals {
    private HeadlineCapitals() {
    }

    /** Drops, in place, unconfirmed unresolved companies of all-capital headlines. */
    static void confirm(List<MentionSentence> document, List<List<Mention>> mentions) {
        Set<String> body = new HashSet<>();
        boolean anyCapitalHeadline = false;
        for (int i = 0; i < document.size(); i++) {
            if (capitalHeadline(document.get(i))) {
                anyCapitalHeadline = true;
            } else {
                for (Mention m : mentions.get(i)) {
                    if (m.type().company()) {
                        body.add(MentionWords.lower(m.entityName()));
                        body.add(MentionWords.lower(m.surface()));
                    }
                }
            }
        }
        if (!anyCapitalHeadline) {
            return;
        }
        for (int i = 0; i < document.size(); i++) {
            if (capitalHeadline(document.get(i))) {
                mentions.get(i).removeIf(m -> m.type() == EntityType.COMPANY && !m.resolved() && !named(body, m));
            }
        }
    }

    private static boolean named(Set<String> body, Mention m) {
        String name = MentionWords.lower(m.entityName());
        if (body.contains(name)) {
            return true;
        }
        for (String other : body) {
            if (other.startsWith(name + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalHeadline(MentionSentence s) {
        return s.headline() && s.sentence().text().chars().noneMatch(Character::isLowerCase);
    }
}
