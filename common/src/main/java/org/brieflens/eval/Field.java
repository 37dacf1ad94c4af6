package org.brieflens.eval;

import java.util.Locale;

/** The fields the gold sets annotate. */
enum Field {
    COMPANIES, COUNTRIES, MACRO_REGIONS, COMPETITORS, PARTNERS;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
