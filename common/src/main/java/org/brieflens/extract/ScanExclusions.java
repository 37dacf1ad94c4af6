package org.brieflens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.brieflens.resolve.CompanyMatch;

/**
 * Guards on gazetteer matches found by scanning text rather than by the NER. A company name that
 * is also an ordinary word ("Apple", "Oracle", "Block") counts directly only where the NER tagged
 * it as an organisation; elsewhere it waits for a cue in its sentence or a confirmation by its
 * document ({@link MentionWordLikeNames}). A place name on a token the NER tagged as a person
 * ("Jordan") is not a place.
 */
public final class ScanExclusions {
    private static final String RESOURCE = "/org/brieflens/gazetteer/word_like_names.txt";
    private final Set<String> wordLikeNames;

    public ScanExclusions(Set<String> wordLikeNames) {
        this.wordLikeNames = Set.copyOf(wordLikeNames);
    }

    /** The packaged list of word-like company names. */
    public static ScanExclusions packaged() {
        InputStream in = ScanExclusions.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("data file " + RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new ScanExclusions(reader.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True for a company surface that is also an ordinary word ("Delta", "Sun", "Apple"). */
    boolean wordLike(String surface) {
        return wordLikeNames.contains(surface);
    }

    /** True when a scanned company match is a word-like name the NER did not tag as an organisation. */
    boolean needsNer(TokenSpan span, CompanyMatch match) {
        return wordLikeNames.contains(span.surface()) && !span.anyTagged("ORGANIZATION");
    }

    /** True when a scanned region match sits on a token the NER tagged as a person. */
    boolean ambiguousRegion(TokenSpan span) {
        return span.anyTagged("PERSON");
    }
}
