package org.brieflens.nlp;

import java.io.Serializable;
import java.util.List;
import org.brieflens.brief.Brief;

/**
 * A brief after annotation.
 *
 * @param text      the document text that offsets refer to: the sections joined by blank lines
 * @param sentences sentences in reading order
 */
public record AnnotatedBrief(Brief brief, String text, List<Sentence> sentences) implements Serializable {
    public AnnotatedBrief {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
