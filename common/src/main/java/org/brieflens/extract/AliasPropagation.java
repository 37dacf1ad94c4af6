package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brieflens.resolve.CompanyNames;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Carries a name's reading across a document, after each sentence's mentions are settled:
 * <ul>
 * <li>an unresolved company named like another company of the document but for case takes the
 * resolved or mixed-case name ("PAXAR" in a wire headline, "Paxar" in the body);</li>
 * <li>an unresolved company named by the first words of one longer company name of the document
 * is that company ("Delta" after "Delta Air Lines", "Cairn" and "Cairn Energy", "RSA" and "RSA
 * Security"); so is one named by the last words of a longer name whose leading words are
 * abbreviations ("Oppenheim" after "Sal. Oppenheim"). Two different longer names leave it alone;</li>
 * <li>an unresolved company named by the first words of a non-company name of the document
 * (also after a place: "Pew Research" after "US Pew Research Center") is no company;</li>
 * <li>a person or unknown place named exactly like a company of the document is that company
 * ("Titan", "Grant Thornton", "Gizmondo" where the NER took them for people), unless the document
 * reads a name of several words as a person more often than as an unresolved company: then the
 * company mentions are that person ("Gen Pinochet", tagged once as an organisation and three times
 * as a person).</li>
 * </ul>
 */
final class AliasPropagation {
    private final RegionGazetteer regions;

    AliasPropagation(RegionGazetteer regions) {
        this.regions = regions;
    }

    /**
     * Rewrites the document's mentions in place.
     *
     * @param blocked surfaces of the spans that were settled as no company
     */
    void propagate(List<List<Mention>> document, List<String> blocked) {
        Map<String, Mention> companies = new LinkedHashMap<>();
        for (List<Mention> sentence : document) {
            for (Mention m : sentence) {
                if (m.type() == EntityType.COMPANY) {
                    companies.merge(key(m.entityName()), m, AliasPropagation::preferred);
                }
            }
        }
        if (companies.isEmpty()) {
            return;
        }
        List<String[]> blockedNames = blocked.stream().map(AliasPropagation::words).toList();
        Map<String, Integer> votes = personVotes(document);
        for (List<Mention> sentence : document) {
            List<Mention> kept = new ArrayList<>(sentence.size());
            for (Mention m : sentence) {
                Mention target = finalTarget(m, companies);
                if (m.type() == EntityType.COMPANY && !m.resolved() && votes.getOrDefault(key(m.entityName()), 0) > 0) {
                    kept.add(new Mention(m.sentenceIndex(), m.section(), m.charBegin(), m.charEnd(), m.surface(),
                            EntityType.PERSON, null, m.surface(), false, null, null, null, null));
                } else if (target != null && votes.getOrDefault(key(target.entityName()), 0) <= 0) {
                    kept.add(rename(m, target));
                } else if (!(m.type() == EntityType.COMPANY && !m.resolved()
                        && blockedPrefix(words(m.entityName()), blockedNames))) {
                    kept.add(m);
                }
            }
            sentence.clear();
            sentence.addAll(kept);
        }
    }

    /**
     * Per name of several words, people minus unresolved companies: a name the NER read as a person
     * more often than as an organisation is a person ("Gen Pinochet"), also where it tagged it once as
     * an organisation. One-word names do not vote: the NER tags unknown single words as people at
     * random ("Agroflora", "Clearswift", "Gizmondo").
     */
    private static Map<String, Integer> personVotes(List<List<Mention>> document) {
        Map<String, Integer> votes = new java.util.HashMap<>();
        for (List<Mention> sentence : document) {
            for (Mention m : sentence) {
                if (m.type() == EntityType.PERSON && m.surface().indexOf(' ') > 0) {
                    votes.merge(key(CompanyNames.display(m.surface())), 1, Integer::sum);
                } else if (m.type() == EntityType.COMPANY) {
                    votes.merge(key(m.entityName()), m.resolved() ? -1000 : -1, Integer::sum);
                }
            }
        }
        return votes;
    }

    /** The target of a mention, followed on while it is itself an unresolved company with a target ("POLLY PECK"). */
    private Mention finalTarget(Mention m, Map<String, Mention> companies) {
        Mention target = target(m, companies);
        for (int step = 0; step < 3 && target != null && !target.resolved(); step++) {
            Mention next = target(target, companies);
            if (next == null || next.entityKey().equals(target.entityKey())) {
                break;
            }
            target = next;
        }
        return target;
    }

    private Mention target(Mention m, Map<String, Mention> companies) {
        if ((m.type() == EntityType.PERSON || m.type() == EntityType.REGION && !m.resolved())) {
            return companies.get(key(CompanyNames.display(m.surface())));
        }
        if (m.type() != EntityType.COMPANY || m.resolved()) {
            return null;
        }
        Mention same = companies.get(key(m.entityName()));
        if (same != null && !same.entityName().equals(m.entityName())) {
            return same;
        }
        String[] name = words(m.entityName());
        Mention found = null;
        for (Mention other : companies.values()) {
            String[] longer = words(other.entityName());
            if (longer.length > name.length && (startsWith(longer, name) || abbreviatedEndsWith(longer, name))) {
                if (found != null && !found.entityKey().equals(other.entityKey())) {
                    return null;
                }
                found = other;
            }
        }
        return found;
    }

    private boolean blockedPrefix(String[] name, List<String[]> blockedNames) {
        for (String[] block : blockedNames) {
            if (block.length > name.length && startsWith(block, name)
                    || block.length > name.length + 1 && regions.lookup(block[0]).isPresent()
                    && startsWith(Arrays.copyOfRange(block, 1, block.length), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String[] longer, String[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (!longer[i].equalsIgnoreCase(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** "Sal. Oppenheim" ends with "Oppenheim" after abbreviations only. */
    private static boolean abbreviatedEndsWith(String[] longer, String[] suffix) {
        int lead = longer.length - suffix.length;
        for (int i = 0; i < lead; i++) {
            if (!(longer[i].endsWith(".") || longer[i].length() == 1)) {
                return false;
            }
        }
        for (int i = 0; i < suffix.length; i++) {
            if (!longer[lead + i].equalsIgnoreCase(suffix[i])) {
                return false;
            }
        }
        return true;
    }

    /** Of two company mentions with one name ignoring case: the resolved one, else the one not in capitals. */
    private static Mention preferred(Mention a, Mention b) {
        if (a.resolved() != b.resolved()) {
            return a.resolved() ? a : b;
        }
        return capitals(a.entityName()) && !capitals(b.entityName()) ? b : a;
    }

    private static boolean capitals(String name) {
        return name.chars().noneMatch(Character::isLowerCase);
    }

    private static Mention rename(Mention m, Mention target) {
        return new Mention(m.sentenceIndex(), m.section(), m.charBegin(), m.charEnd(), m.surface(), target.type(),
                target.entityId(), target.entityName(), target.resolved(), target.parentId(), target.parentName(),
                null, null);
    }

    private static String key(String name) {
        return MentionWords.lower(name);
    }

    private static String[] words(String name) {
        return CompanyNames.display(name).split(" ");
    }
}
