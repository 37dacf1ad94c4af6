package org.brieflens.eval;

import org.brieflens.brief.Brief;
import org.brieflens.extract.DocumentExtractor;
import org.brieflens.extract.EntityType;
import org.brieflens.extract.ExtractedDocument;
import org.brieflens.extract.Mention;
import org.brieflens.extract.Relation;
import org.brieflens.extract.RelationType;
import org.brieflens.nlp.AnnotatorProfile;

/** brieflens itself: the same extractor the Spark job runs, with the given profile. */
final class BrieflensExtractor implements Extractor {
    private final DocumentExtractor extractor;
    private final CompanyKeys keys;
    private final AnnotatorProfile profile;

    BrieflensExtractor(AnnotatorProfile profile, CompanyKeys keys) {
        this.extractor = new DocumentExtractor(profile);
        this.keys = keys;
        this.profile = profile;
    }

    @Override
    public String name() {
        return "brieflens (" + profile.code() + ")";
    }

    @Override
    public Prediction predict(Brief brief) {
        ExtractedDocument doc = extractor.extract(brief);
        Prediction prediction = new Prediction();
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.COMPANY) {
                prediction.add(Field.COMPANIES, companyKey(m.entityId(), m.entityName()));
            } else if (m.type() == EntityType.REGION && m.countryCode() != null) {
                prediction.add(Field.COUNTRIES, m.countryCode());
            } else if (m.type() == EntityType.REGION && m.macroRegion() != null) {
                prediction.add(Field.MACRO_REGIONS, m.entityId());
            }
        }
        for (Relation r : doc.relations()) {
            Field field = r.type() == RelationType.COMPETITOR ? Field.COMPETITORS
                    : r.type() == RelationType.PARTNER ? Field.PARTNERS : null;
            if (field != null) {
                prediction.addPair(field, companyKey(r.companyAId(), r.companyAName()), companyKey(r.companyBId(), r.companyBName()));
            }
        }
        return prediction;
    }

    private String companyKey(String id, String name) {
        return id != null ? "id:" + id : keys.key(name);
    }
}
