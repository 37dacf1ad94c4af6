package org.brieflens.extract;

import java.io.Serializable;
import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.extract.amount.Amount;

/**
 * Everything extracted from one document.
 *
 * @param brief         the parsed input (its text included)
 * @param tokenCount    tokens the NER saw
 * @param sentenceCount sentences the splitter found
 * @param nlpMillis     wall time spent annotating and extracting
 */
public record ExtractedDocument(Brief brief, int tokenCount, int sentenceCount, List<Mention> mentions,
                                List<Relation> relations, List<Amount> amounts, long nlpMillis) implements Serializable {
    public ExtractedDocument {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        amounts = List.copyOf(amounts);
    }
}
