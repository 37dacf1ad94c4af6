package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brieflens.brief.Section;
import org.brieflens.nlp.Sentence;

/** Hand-built sentences and mentions for the relation extractor tests. */
final class RelationFixtures {
    static final RelationExtractor EXTRACTOR = RelationExtractor.load();

    static final Ent AMD = company("AMD", "amd");
    static final Ent INTEL = company("Intel", "intel");
    static final Ent NVIDIA = company("Nvidia", "nvidia");
    static final Ent MICROSOFT = company("Microsoft", "microsoft");
    static final Ent OPENAI = company("OpenAI", "openai");
    static final Ent ORACLE = company("Oracle", "oracle");
    static final Ent CERNER = company("Cerner", "cerner");
    static final Ent APPLE = company("Apple", "apple");
    static final Ent SAMSUNG = company("Samsung", "samsung");
    static final Ent MICRON = company("Micron", "micron");
    static final Ent TSMC = company("TSMC", "tsmc");
    static final Ent CHINA = region("China", "CN");
    static final Ent GERMANY = region("Germany", "DE");

    private RelationFixtures() {
    }

    /** An entity as written in a test sentence: surface, type, canonical id and name. */
    record Ent(String surface, EntityType type, String id, String name) {
    }

    static Ent company(String name, String id) {
        return new Ent(name, EntityType.COMPANY, id, name);
    }

    static Ent product(String surface, String ownerId, String ownerName) {
        return new Ent(surface, EntityType.PRODUCT, ownerId, ownerName);
    }

    static Ent region(String surface, String code) {
        return new Ent(surface, EntityType.REGION, code, surface);
    }

    /** Relations of a one-sentence document. */
    static List<Relation> extract(String sentence, Ent... ents) {
        return new Doc().sentence(sentence, ents).extract();
    }

    /** A document built sentence by sentence; sentences are joined with one space. */
    static final class Doc {
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<List<Mention>> mentions = new ArrayList<>();
        private int offset;

        /** Adds a sentence whose entities are found by surface; a repeated surface gets its next occurrence. */
        Doc sentence(String text, Ent... ents) {
            int index = sentences.size();
            sentences.add(new Sentence(index, Section.BODY, offset, offset + text.length(), text, List.of()));
            mentions.add(mentions(index, text, offset, ents));
            offset += text.length() + 1;
            return this;
        }

        List<Relation> extract() {
            return EXTRACTOR.extract(sentences, mentions);
        }
    }

    static List<Mention> mentions(int sentenceIndex, String sentence, int sentenceBegin, Ent... ents) {
        List<Mention> out = new ArrayList<>();
        Map<String, Integer> from = new HashMap<>();
        for (Ent e : ents) {
            int at = sentence.indexOf(e.surface(), from.getOrDefault(e.surface(), 0));
            assertThat(at).as("surface %s in %s", e.surface(), sentence).isNotNegative();
            out.add(mention(sentenceIndex, sentenceBegin + at, e));
            from.put(e.surface(), at + 1);
        }
        out.sort(Comparator.comparingInt(Mention::charBegin));
        return out;
    }

    static Mention mention(int sentenceIndex, int begin, Ent e) {
        boolean region = e.type() == EntityType.REGION;
        return new Mention(sentenceIndex, Section.BODY, begin, begin + e.surface().length(), e.surface(), e.type(), e.id(),
                e.name(), true, null, null, region ? e.id() : null, null);
    }
}
