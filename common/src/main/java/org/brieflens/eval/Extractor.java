package org.brieflens.eval;

import org.brieflens.brief.Brief;

/** Something whose output the gold set can score. */
interface Extractor {
    String name();

    Prediction predict(Brief brief);
}
