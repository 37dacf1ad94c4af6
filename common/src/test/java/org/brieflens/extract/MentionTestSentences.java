package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import org.brieflens.brief.Section;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;

/**
 * Builds tagged sentences without the model, for rule tests: "Zillow/ORG Acquires DotLoop ,"
 * gives four tokens, the first tagged ORGANIZATION (ORG, LOC, PER are short for the 3-class tags).
 * Tokens are separated by single spaces; "_" inside a token stands for a space ("&lt;Sedio_N.V.&gt;").
 */
final class MentionTestSentences {
    private final List<Sentence> sentences = new ArrayList<>();
    private int offset;

    /** Adds a sentence of the given section; sentences are laid out one after another, one space apart. */
    MentionTestSentences add(Section section, String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int begin = offset;
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String tag = "O";
            String word = item;
            if (slash > 0 && slash < item.length() - 1 && item.substring(slash + 1).matches("ORG|LOC|PER")) {
                word = item.substring(0, slash);
                tag = switch (item.substring(slash + 1)) {
                    case "ORG" -> "ORGANIZATION";
                    case "LOC" -> "LOCATION";
                    default -> "PERSON";
                };
            }
            word = word.replace('_', ' ');
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = begin + text.length();
            text.append(word);
            tokens.add(new Token(word, start, start + word.length(), tag));
        }
        sentences.add(new Sentence(sentences.size(), section, begin, begin + text.length(), text.toString(), tokens));
        offset = begin + text.length() + 1;
        return this;
    }

    MentionTestSentences body(String tagged) {
        return add(Section.BODY, tagged);
    }

    MentionTestSentences title(String tagged) {
        return add(Section.TITLE, tagged);
    }

    List<Sentence> sentences() {
        return List.copyOf(sentences);
    }

    /** The mentions the packaged extractor finds in the document, all sentences together. */
    List<Mention> mentions() {
        return MentionExtractor.packaged().extract(sentences()).stream().flatMap(List::stream).toList();
    }

    /** Names of the company mentions (not products), as the evaluation counts them. */
    List<String> companies() {
        return mentions().stream().filter(m -> m.type() == EntityType.COMPANY).map(Mention::entityName).distinct().toList();
    }

    /** Surfaces of the company mentions (not products), in text order. */
    List<String> companySurfaces() {
        return mentions().stream().filter(m -> m.type() == EntityType.COMPANY).map(Mention::surface).toList();
    }

    /** Ids of the macro region mentions. */
    List<String> macroRegions() {
        return mentions().stream().filter(m -> m.macroRegion() != null).map(Mention::entityId).distinct().toList();
    }

    /** Country codes of the region mentions. */
    List<String> countries() {
        return mentions().stream().filter(m -> m.countryCode() != null).map(Mention::countryCode).distinct().toList();
    }

    static MentionTestSentences document() {
        return new MentionTestSentences();
    }
}
