package org.brieflens.extract;

import java.io.Serializable;
import java.util.Objects;
import org.brieflens.brief.Section;

/**
 * One mention of an entity in a sentence.
 *
 * @param sentenceIndex index of the sentence in the document, from 0
 * @param section       section of that sentence
 * @param charBegin     offset of the first character in the document text
 * @param charEnd       offset after the last character in the document text
 * @param surface       the text as written
 * @param type          what the mention refers to
 * @param entityId      canonical id (company id, owner id for products, ISO code, macro region id), null when unresolved
 * @param entityName    canonical name, or the normalised surface when unresolved
 * @param resolved      whether the mention matched a gazetteer entry
 * @param parentId      parent company id for companies and products with one, else null
 * @param parentName    name of that parent, else null
 * @param countryCode   ISO 3166-1 alpha-2 code for a country mention, else null
 * @param macroRegion   name of the macro region for a macro region mention (its id is the entity id), else null
 */
public record Mention(int sentenceIndex, Section section, int charBegin, int charEnd, String surface,
                      EntityType type, String entityId, String entityName, boolean resolved,
                      String parentId, String parentName, String countryCode, String macroRegion)
        implements Serializable {
    public Mention {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entityName, "entityName");
    }

    /** Key that identifies the entity across mentions: the id when resolved, else type and name. */
    public String entityKey() {
        return entityId != null ? entityId : type + ":" + entityName;
    }
}
