package org.brieflens.extract;

import java.io.Serializable;
import java.util.Objects;
import org.brieflens.brief.Section;

/**
 * A relation asserted between two companies in one sentence. For symmetric types company A is
 * the one whose name sorts first; for directed types A is the actor (the acquirer).
 *
 * @param cue        the words that assert the relation, as written
 * @param confidence how reliable the cue pattern is, from 0 to 1
 * @param evidence   the whole sentence
 */
public record Relation(RelationType type, String companyAId, String companyAName, String companyBId,
                       String companyBName, String cue, double confidence, int sentenceIndex,
                       Section section, String evidence) implements Serializable {
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(companyAName, "companyAName");
        Objects.requireNonNull(companyBName, "companyBName");
    }
}
