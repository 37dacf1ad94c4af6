package org.brieflens.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;

/**
 * Tokens {@code first..last} (inclusive) of a sentence.
 *
 * @param written the text as written, from the first token's start to the last token's end
 * @param surface the same with each run of white space (line breaks and no-break spaces too) as one
 *                space, for gazetteer lookups
 */
record TokenSpan(Sentence sentence, int first, int last, String written, String surface) {
    /** Any Unicode white space, including the no-break spaces of typeset text. */
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    static TokenSpan of(Sentence sentence, int first, int last) {
        List<Token> tokens = sentence.tokens();
        int begin = tokens.get(first).begin() - sentence.begin();
        int end = tokens.get(last).end() - sentence.begin();
        String written = sentence.text().substring(begin, end);
        return new TokenSpan(sentence, first, last, written, singleSpaced(written));
    }

    /** The text with each run of white space as one space; no pattern matching for text without any. */
    static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return WHITESPACE.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    int begin() {
        return sentence.tokens().get(first).begin();
    }

    int end() {
        return sentence.tokens().get(last).end();
    }

    boolean anyTagged(String tag) {
        return sentence.tokens().subList(first, last + 1).stream().anyMatch(t -> t.ner().equals(tag));
    }

    int length() {
        return last - first + 1;
    }

    boolean overlaps(TokenSpan other) {
        return first <= other.last && other.first <= last;
    }
}
