package org.brieflens.extract;

/** Kinds of asserted relation between two companies. */
public enum RelationType {
    /** Companies that compete; symmetric. */
    COMPETITOR(true),
    /** Companies that work together; symmetric. */
    PARTNER(true),
    /** Company A acquires or bids for company B; directed. */
    ACQUISITION(false);

    private final boolean symmetric;

    RelationType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }
}
