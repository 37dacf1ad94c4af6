package org.brieflens.extract;

/**
 * Two company mentions that one cue relates; {@code a} is the actor for directed types.
 *
 * @param inferred whether a company was found through coreference rather than named at the cue
 */
record RelationPair(Mention a, Mention b, boolean inferred) {
    /** Whether both sides are the same company, which asserts nothing. */
    boolean self() {
        return a.entityKey().equals(b.entityKey());
    }

    /** Symmetric relations put the company whose name sorts first as A, so a pair has one key. */
    RelationPair ordered(RelationType type) {
        if (!type.symmetric()) {
            return this;
        }
        int byName = a.entityName().compareTo(b.entityName());
        int order = byName != 0 ? byName : a.entityKey().compareTo(b.entityKey());
        return order > 0 ? new RelationPair(b, a, inferred) : this;
    }

    /** Identity of the relation in one sentence: type and the two companies, in order. */
    String key(RelationType type) {
        return type + "\t" + a.entityKey() + "\t" + b.entityKey();
    }
}
