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
}
