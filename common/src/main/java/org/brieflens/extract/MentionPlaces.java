package org.brieflens.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brieflens.resolve.Region;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Places whose name several countries share ("Georgia": the US state or the country; "Cambridge":
 * England or Massachusetts; "Victoria", "Congo") are read by the document: the reading whose
 * country another, unambiguous region mention of the document names ("Atlanta", "Tbilisi", "UK")
 * wins, the first listed reading of countries.tsv otherwise.
 */
final class MentionPlaces {
    private final RegionGazetteer regions;

    MentionPlaces(RegionGazetteer regions) {
        this.regions = regions;
    }

    /** Rewrites, in place, the ambiguous country mentions of a document. */
    void disambiguate(List<List<Mention>> document) {
        Set<String> named = new HashSet<>();
        boolean anyAmbiguous = false;
        for (List<Mention> sentence : document) {
            for (Mention m : sentence) {
                if (m.countryCode() != null) {
                    if (regions.readings(m.surface()).size() > 1) {
                        anyAmbiguous = true;
                    } else {
                        named.add(m.countryCode());
                    }
                }
            }
        }
        if (!anyAmbiguous) {
            return;
        }
        for (List<Mention> sentence : document) {
            sentence.replaceAll(m -> m.countryCode() == null ? m : reading(m, named));
        }
    }

    private Mention reading(Mention m, Set<String> named) {
        List<Region> readings = regions.readings(m.surface());
        if (readings.size() < 2 || named.contains(m.countryCode())) {
            return m;
        }
        for (Region r : readings) {
            if (named.contains(r.countryCode())) {
                return new Mention(m.sentenceIndex(), m.section(), m.charBegin(), m.charEnd(), m.surface(), m.type(),
                        r.id(), r.name(), m.resolved(), m.parentId(), m.parentName(), r.countryCode(), m.macroRegion());
            }
        }
        return m;
    }
}
