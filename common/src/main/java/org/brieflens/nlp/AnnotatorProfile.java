package org.brieflens.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Named CoreNLP configurations. Both are deterministic: the same text gives the same tags
 * whatever was annotated before it in the JVM, so task retries reproduce their output.
 */
public enum AnnotatorProfile {
    /**
     * Tokenizer, sentence splitter and the 3-class CRF (PERSON, ORGANIZATION, LOCATION) alone:
     * the fastest setting that still finds organisations and places. Needs one 32 MB model.
     */
    FAST("tokenize,ssplit,ner", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", false),
    /**
     * Adds the part-of-speech tagger and CoreNLP's fine-grained NER (COUNTRY, CITY,
     * NATIONALITY ...). Several times slower; needs the full CoreNLP models jar.
     */
    ACCURATE("tokenize,ssplit,pos,lemma,ner", null, true);

    private final String annotators;
    private final String nerModel;
    private final boolean fineGrained;

    AnnotatorProfile(String annotators, String nerModel, boolean fineGrained) {
        this.annotators = annotators;
        this.nerModel = nerModel;
        this.fineGrained = fineGrained;
    }

    /**
     * The CoreNLP properties of this profile.
     *
     * @param maxSentenceTokens sentences longer than this get no NER tags ("O"), bounding the cost of
     *                          run-on "sentences" such as tables or lists without punctuation; 0 for no limit
     */
    public Properties properties(int maxSentenceTokens) {
        Properties props = new Properties();
        if (maxSentenceTokens > 0) {
            props.setProperty("ner.maxlen", Integer.toString(maxSentenceTokens));
        }
        props.setProperty("annotators", annotators);
        if (nerModel != null) {
            props.setProperty("ner.model", nerModel);
            // Skip the POS requirement of the default pipeline: the 3-class CRF does not use tags.
            props.setProperty("enforceRequirements", "false");
        }
        props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // Without this the CRF learns lower-case words from earlier documents: output would depend on order.
        props.setProperty("ner.maxAdditionalKnownLCWords", "0");
        props.setProperty("maxAdditionalKnownLCWords", "0");
        // Sections are joined by blank lines; a blank line always ends a sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    /** Name used on the command line and in the manifest. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The profile with the given command-line name.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static AnnotatorProfile of(String code) {
        return Arrays.stream(values())
                .filter(p -> p.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + code + "', expected one of "
                        + Arrays.stream(values()).map(AnnotatorProfile::code).collect(Collectors.joining(", "))));
    }
}
