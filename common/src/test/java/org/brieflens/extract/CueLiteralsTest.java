package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CueLiteralsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void findsTheWordsEveryMatchMustContain() {
        assertThat(CueLiterals.required("\\bcompetitors?(?:\\s+(?:like|such\\s+as|including|to|of))?\\b"))
                .containsExactly("competitor");
        assertThat(CueLiterals.required("\\b(?:vs|versus)\\b\\.?")).containsExactlyInAnyOrder("vs", "versus");
        assertThat(CueLiterals.required("(?<!\\b(?:a|its)\\s)\\b(?:take|takes|taking|took)\\s+on\\b"))
                .containsExactlyInAnyOrder("take", "takes", "taking", "took");
        assertThat(CueLiterals.required("\\bacquir(?:ed|es|ing)\\b(?!\\s+by\\b)")).containsExactly("acquir");
        assertThat(CueLiterals.required("\\bsuppl(?:y|ies)\\s+(?-i:(?:[a-z\\d][\\w-]*\\s+){0,3}?)to\\b"))
                .containsExactly("suppl");
        assertThat(CueLiterals.required("\\b(?:joint\\s+)?(?:venture|tie-up)\\b")).containsExactlyInAnyOrder("venture", "tie-up");
        assertThat(CueLiterals.required("ab+c")).containsExactly("bc");
    }

    @Test
    void findsNothingWhereNoWordIsCertain() {
        assertThat(CueLiterals.required("\\b(?:deal|\\w+)\\s+with\\b")).containsExactly("with");
        assertThat(CueLiterals.required("deal|\\w+ing")).containsExactlyInAnyOrder("deal", "ing");
        assertThat(CueLiterals.required("deal|\\w+")).isEmpty();
        assertThat(CueLiterals.required("(?:partner)?\\s+\\w+")).isEmpty();
        assertThat(CueLiterals.required("(?=partner)\\w+")).isEmpty();
        assertThat(CueLiterals.required("(?i)x{0,2}[a-z]*")).isEmpty();
        // Escapes that stand for other characters are not read as their digits or letters.
        assertThat(CueLiterals.required("\\x41\\u0042\\Qcd\\E(e)\\1")).containsExactly("e");
        assertThat(CueLiterals.required("(?<w>on)\\k<w>")).isEmpty();
        assertThat(CueLiterals.required("unbalanced)")).isEmpty();
    }

    @Test
    void foldsEveryCharacterAsACaseInsensitiveUnicodeRegexDoes() {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            Matcher matcher = Pattern.compile(String.valueOf(letter), FLAGS).matcher("");
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String text = String.valueOf((char) c);
                assertThat(CueLiterals.fold(text).equals(String.valueOf(letter)))
                        .as("U+%04X against %s", c, letter)
                        .isEqualTo(matcher.reset(text).matches());
            }
        }
        assertThat(CueLiterals.fold("Rivals \u017Fuch as \u212Aodak")).isEqualTo("rivals such as kodak");
    }

    @Test
    void aTextWithoutTheWordsHasNoMatchOfAnyPackagedCue() throws IOException {
        List<String> texts = sampleTexts();
        assertThat(texts).hasSizeGreaterThan(200);
        List<CuePattern> cues = CueFile.read();
        int withWords = 0;
        int matches = 0;
        for (CuePattern cue : cues) {
            Set<String> words = CueLiterals.required(cue.pattern().pattern());
            withWords += words.isEmpty() ? 0 : 1;
            for (String text : texts) {
                if (cue.pattern().matcher(text).find()) {
                    matches++;
                    assertThat(CueLiterals.mayMatch(CueLiterals.fold(text), words))
                            .as("cue %s on: %s", cue.pattern(), text).isTrue();
                }
            }
        }
        assertThat(matches).as("cue matches in the sample texts").isGreaterThan(100);
        // Every cue of the packaged file has words to look for.
        assertThat(withWords).isEqualTo(cues.size());
    }

    /** Every line of the bundled sample briefs and wire items, and each line upper-cased. */
    private static List<String> sampleTexts() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        lines.add(line);
                        lines.add(line.toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return lines;
    }
}
