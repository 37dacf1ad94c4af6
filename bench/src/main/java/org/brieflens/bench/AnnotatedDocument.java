package org.brieflens.bench;

import java.util.List;
import org.brieflens.extract.Mention;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.Sentence;

/**
 * A document as the rules after CoreNLP see it: its annotated sentences and, for the rules that
 * start from mentions (relations, amounts), the mentions of each sentence found in setup.
 *
 * @param mentions {@code mentions.get(i)} belongs to sentence i
 */
public record AnnotatedDocument(AnnotatedBrief annotated, List<List<Mention>> mentions, int tokens) {
    public List<Sentence> sentences() {
        return annotated.sentences();
    }
}
