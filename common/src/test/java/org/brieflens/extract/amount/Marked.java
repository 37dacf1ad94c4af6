package org.brieflens.extract.amount;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.brieflens.brief.Section;
import org.brieflens.extract.EntityType;
import org.brieflens.extract.Mention;
import org.brieflens.nlp.Sentence;
import org.brieflens.nlp.Token;

/**
 * A test sentence written with its company mentions marked: {@code "[[Apple]]'s revenue rose 5%"}.
 * Tokens come from CoreNLP's own tokenizer (no model needed), so "$53" is "$" "53" as in
 * production. The sentence sits at document offset {@link #OFFSET}, so offsets are document offsets.
 */
record Marked(Sentence sentence, List<Mention> mentions) {
    static final int OFFSET = 1000;
    static final int INDEX = 3;
    private static final StanfordCoreNLP TOKENIZER = tokenizer();

    private static StanfordCoreNLP tokenizer() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        props.setProperty("tokenize.language", "en");
        return new StanfordCoreNLP(props);
    }

    /** Parses the markup; a marked company gets id = its surface in lower case without spaces. */
    static Marked of(String markup) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < markup.length()) {
            if (markup.startsWith("[[", i)) {
                int close = markup.indexOf("]]", i);
                int begin = text.length();
                text.append(markup, i + 2, close);
                spans.add(new int[] {begin, text.length()});
                i = close + 2;
            } else {
                text.append(markup.charAt(i++));
            }
        }
        String plain = text.toString();
        List<Mention> mentions = new ArrayList<>();
        for (int[] s : spans) {
            String surface = plain.substring(s[0], s[1]);
            mentions.add(company(s[0] + OFFSET, s[1] + OFFSET, surface, EntityType.COMPANY,
                    surface.toLowerCase(Locale.ROOT).replace(" ", ""), surface));
        }
        return new Marked(tokenize(plain), mentions);
    }

    static Mention company(int begin, int end, String surface, EntityType type, String id, String name) {
        return new Mention(INDEX, Section.BODY, begin, end, surface, type, id, name, true, null, null, null, null);
    }

    static Sentence tokenize(String text) {
        Annotation annotation = new Annotation(text);
        synchronized (TOKENIZER) {
            TOKENIZER.annotate(annotation);
        }
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(label.originalText(), label.beginPosition() + OFFSET, label.endPosition() + OFFSET, "O"));
        }
        return new Sentence(INDEX, Section.BODY, OFFSET, OFFSET + text.length(), text, tokens);
    }

    /** The amounts the packaged extractor finds in the marked-up sentence. */
    static List<Amount> amounts(String markup) {
        Marked m = of(markup);
        return AmountExtractor.load().extract(m.sentence(), m.mentions());
    }
}
