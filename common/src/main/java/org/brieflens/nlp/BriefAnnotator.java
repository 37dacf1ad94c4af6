package org.brieflens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.brieflens.brief.Brief;
import org.brieflens.brief.Section;
import org.brieflens.brief.SectionText;

/**
 * Runs CoreNLP over a brief and returns our own records; CoreNLP types do not leave this class.
 * The annotator itself is a small serialisable recipe (the profile): the pipeline is taken from
 * the per-JVM {@link Pipelines} holder on first use.
 */
public final class BriefAnnotator implements Serializable {
    /** Sentences longer than this many tokens skip the NER model by default (CoreNLP's {@code ner.maxlen}). */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 500;
    private static final String SECTION_SEPARATOR = "\n\n";
    private final AnnotatorProfile profile;
    private final int maxSentenceTokens;

    public BriefAnnotator(AnnotatorProfile profile) {
        this(profile, DEFAULT_MAX_SENTENCE_TOKENS);
    }

    /**
     * @param maxSentenceTokens longer sentences are tokenized and split but get no NER tags; 0 for no limit
     */
    public BriefAnnotator(AnnotatorProfile profile, int maxSentenceTokens) {
        this.profile = profile;
        this.maxSentenceTokens = maxSentenceTokens;
    }

    public AnnotatorProfile profile() {
        return profile;
    }

    /** Annotates the sections of a brief as one text, so sentence indexes run through the document. */
    public AnnotatedBrief annotate(Brief brief) {
        DocumentText document = DocumentText.of(brief.sections());
        Annotation annotation = new Annotation(document.text());
        Pipelines.pipeline(profile, maxSentenceTokens).annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), sentence, document));
        }
        return new AnnotatedBrief(brief, document.text(), sentences);
    }

    private static Sentence toSentence(int index, CoreMap sentence, DocumentText document) {
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String ner = label.ner();
            tokens.add(new Token(label.originalText(), label.beginPosition(), label.endPosition(), ner == null ? "O" : ner));
        }
        return new Sentence(index, document.sectionAt(begin), begin, end, document.text().substring(begin, end), tokens);
    }

    /** Sections joined into one text, remembering where each section starts. */
    private record DocumentText(String text, int[] starts, Section[] sections) {
        static DocumentText of(List<SectionText> parts) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[parts.size()];
            Section[] sections = new Section[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append(SECTION_SEPARATOR);
                }
                starts[i] = text.length();
                sections[i] = parts.get(i).section();
                text.append(parts.get(i).text());
            }
            return new DocumentText(text.toString(), starts, sections);
        }

        Section sectionAt(int offset) {
            int found = 0;
            for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
                found = i;
            }
            return sections.length == 0 ? Section.BODY : sections[found];
        }
    }
}
