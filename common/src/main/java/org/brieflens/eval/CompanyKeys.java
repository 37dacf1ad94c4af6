package org.brieflens.eval;

import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyMatch;
import org.brieflens.resolve.CompanyNames;

/**
 * Turns company names from any source (gold annotations, brieflens, the baseline) into one
 * comparable key: the gazetteer id when the name resolves to a company (not to a product: a
 * product names no company), else the normalised name. Every extractor is scored through the
 * same keys, so a name variant helps or hurts all of them alike.
 */
final class CompanyKeys {
    private final CompanyGazetteer gazetteer;

    CompanyKeys(CompanyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    String key(String name) {
        return gazetteer.resolve(name).filter(m -> !m.product()).map(CompanyKeys::id)
                .orElseGet(() -> "name:" + CompanyNames.key(name));
    }

    private static String id(CompanyMatch match) {
        return "id:" + match.company().id();
    }
}
