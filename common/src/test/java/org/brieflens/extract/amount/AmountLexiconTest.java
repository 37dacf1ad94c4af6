package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packaged data files load, cover the metrics of the contract, and malformed files fail loudly. */
class AmountLexiconTest {

    @Test
    void packagedDataLoadsOnce() {
        assertThat(AmountLexicon.packaged()).isSameAs(AmountLexicon.packaged());
        assertThat(AmountExtractor.load()).isSameAs(AmountExtractor.load());
    }

    @Test
    void metricCuesCoverTheContractMetrics() throws Exception {
        Set<String> metrics = new HashSet<>();
        for (DataFile.Row r : DataFile.read("metric-cues.tsv", "phrase", "metric", "strength")) {
            metrics.add(r.get(1));
        }
        assertThat(metrics).contains("revenue", "profit", "net_income", "operating_income", "sales", "investment",
                "market_share", "valuation", "funding", "capex", "market_size", "price", "stake", "shares",
                "deal_value", "fine", "cost", "margin", "growth", "subscribers");
        assertThat(metrics).allMatch(m -> m.matches("[a-z_]+"));
    }

    @Test
    void everyDataFileHasNoDuplicatePhrase() throws Exception {
        for (String file : List.of("currencies.tsv", "scales.tsv", "percent-units.tsv", "metric-cues.tsv",
                "direction-cues.tsv", "basis-cues.tsv", "context-words.tsv")) {
            Set<String> seen = new HashSet<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    AmountLexicon.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
                in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> file.equals("context-words.tsv") ? l : l.split("\t")[0])
                        .forEach(key -> assertThat(seen.add(key)).as(file + ": " + key).isTrue());
            }
        }
    }

    @Test
    void dataFileSkipsCommentsAndChecksTheHeader() {
        List<DataFile.Row> rows = DataFile.parse("x.tsv", List.of("# comment", "", "a\tb", "1\t2", "# more", "3\t4"),
                "a", "b");

        assertThat(rows).extracting(r -> r.get(0) + r.get(1)).containsExactly("12", "34");
        assertThatThrownBy(() -> DataFile.parse("x.tsv", List.of("a\tc", "1\t2"), "a", "b"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected header 'a\tb'");
        assertThatThrownBy(() -> DataFile.parse("x.tsv", List.of("a\tb", "1"), "a", "b"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.tsv line 2");
        assertThatThrownBy(() -> DataFile.parse("x.tsv", List.of("# only comments"), "a", "b"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no header");
        assertThatThrownBy(() -> DataFile.read("missing.tsv", "a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }

    @Test
    void phrasesMatchLongestFirst() {
        PhraseTable<String> table = new PhraseTable<>();
        table.add("share", "market_share");
        table.add("market share", "market_share2");
        table.add("up to", "none");
        table.add("up", "up");
        Words words = words("its market share rose up to 5 and up");

        PhraseTable.Hits<String> hits = table.scan(words);

        assertThat(hits.startsAt(1)).isTrue();
        assertThat(hits.value(2)).isEqualTo("market_share2");
        assertThat(hits.endsAt(2)).isTrue();
        assertThat(hits.value(4)).isEqualTo("none");
        assertThat(hits.value(8)).isEqualTo("up");
    }

    @Test
    void wordsSplitHyphensAndSlashesAndDropAGluedFinalPeriod() {
        assertThat(Words.split("year-over-year")).containsExactly("year", "over", "year");
        assertThat(Words.split("y/y")).containsExactly("y", "/", "y");
        assertThat(Words.split("q.")).containsExactly("q");
        assertThat(Words.split("company\u2019s")).containsExactly("company's");
        assertThat(Words.split("-")).isEmpty();
    }

    private static Words words(String text) {
        var s = Marked.tokenize(text);
        String[] lower = s.tokens().stream().map(t -> TokenPhrases.lower(t.text())).toArray(String[]::new);
        return Words.of(s.tokens(), lower, Set.of());
    }
}
