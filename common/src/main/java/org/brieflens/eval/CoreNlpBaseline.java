package org.brieflens.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brieflens.brief.Brief;
import org.brieflens.nlp.AnnotatedBrief;
import org.brieflens.nlp.AnnotatorProfile;
import org.brieflens.nlp.BriefAnnotator;
import org.brieflens.nlp.Sentence;

/**
 * Plain CoreNLP, used the naive way: its annotators with fine-grained NER (the accurate
 * profile), ORGANIZATION spans taken as companies, COUNTRY spans mapped to ISO codes by the
 * JDK's English country names, no macro regions, and every two organisations of a sentence
 * taken as both competitors and partners.
 */
final class CoreNlpBaseline implements Extractor {
    private final BriefAnnotator annotator = new BriefAnnotator(AnnotatorProfile.ACCURATE);
    private final CompanyKeys keys;
    private final Map<String, String> isoByName = new HashMap<>();

    CoreNlpBaseline(CompanyKeys keys) {
        this.keys = keys;
        for (String code : Locale.getISOCountries()) {
            isoByName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
    }

    @Override
    public String name() {
        return "plain CoreNLP";
    }

    @Override
    public Prediction predict(Brief brief) {
        AnnotatedBrief annotated = annotator.annotate(brief);
        Prediction prediction = new Prediction();
        for (Sentence sentence : annotated.sentences()) {
            List<String> organisations = new ArrayList<>();
            for (Sentence.EntitySpan span : sentence.entitySpans()) {
                String text = sentence.text(span.first(), span.last());
                if (span.tag().equals("ORGANIZATION")) {
                    organisations.add(keys.key(text));
                } else if (span.tag().equals("COUNTRY") && isoByName.containsKey(text.toLowerCase(Locale.ROOT))) {
                    prediction.add(Field.COUNTRIES, isoByName.get(text.toLowerCase(Locale.ROOT)));
                }
            }
            organisations.forEach(o -> prediction.add(Field.COMPANIES, o));
            for (int i = 0; i < organisations.size(); i++) {
                for (int j = i + 1; j < organisations.size(); j++) {
                    prediction.addPair(Field.COMPETITORS, organisations.get(i), organisations.get(j));
                    prediction.addPair(Field.PARTNERS, organisations.get(i), organisations.get(j));
                }
            }
        }
        return prediction;
    }
}
