package org.brieflens.extract;

/** What a mention refers to. Stored by name in {@code mentions.entity_type}. */
public enum EntityType {
    /** A company: resolved through the gazetteer, or an organisation the NER found ({@code resolved = false}). */
    COMPANY,
    /** A product or brand standing for its owner company; entity id and name are the owner's. */
    PRODUCT,
    /** A country (entity id = ISO alpha-2 code) or macro region (entity id = region id). */
    REGION,
    /** A person named in the text; never resolved. */
    PERSON;

    /** Companies and products both stand for a company in relations and company trends. */
    public boolean company() {
        return this == COMPANY || this == PRODUCT;
    }
}
