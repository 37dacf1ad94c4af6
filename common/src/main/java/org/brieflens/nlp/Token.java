package org.brieflens.nlp;

import java.io.Serializable;

/**
 * A token of the annotated text.
 *
 * @param text  the token as written
 * @param begin offset of its first character in the document text
 * @param end   offset after its last character
 * @param ner   the NER tag, {@code "O"} outside entities
 */
public record Token(String text, int begin, int end, String ner) implements Serializable {
    public boolean entity() {
        return !"O".equals(ner);
    }
}
