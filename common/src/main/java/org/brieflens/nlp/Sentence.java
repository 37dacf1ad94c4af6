package org.brieflens.nlp;

import java.io.Serializable;
import java.util.List;
import org.brieflens.brief.Section;

/**
 * A sentence of the annotated text.
 *
 * @param index   position in the document, from 0
 * @param section the section the sentence belongs to
 * @param begin   offset of its first character in the document text
 * @param end     offset after its last character
 * @param text    the sentence as written
 */
public record Sentence(int index, Section section, int begin, int end, String text, List<Token> tokens)
        implements Serializable {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** A run of tokens {@code first..last} (inclusive) with the same entity tag. */
    public record EntitySpan(String tag, int first, int last) {
    }

    /** The runs of tokens with the same NER tag other than {@code O}, in order. */
    public List<EntitySpan> entitySpans() {
        List<EntitySpan> spans = new java.util.ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tokens.get(i).ner())) {
                j++;
            }
            if (tokens.get(i).entity()) {
                spans.add(new EntitySpan(tokens.get(i).ner(), i, j));
            }
            i = j + 1;
        }
        return spans;
    }

    /** The text of tokens {@code first..last}, as written. */
    public String text(int first, int last) {
        return text.substring(tokens.get(first).begin() - begin, tokens.get(last).end() - begin);
    }
}
