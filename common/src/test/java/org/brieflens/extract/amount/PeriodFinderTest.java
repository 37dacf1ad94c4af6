package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.brieflens.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in Q2 2025                          | 2025-Q2
            in Q2 of 2025                       | 2025-Q2
            in 2Q25                             | 2025-Q2
            in 2Q 2025                          | 2025-Q2
            in Q2FY25                           | 2025-Q2
            in Q3 FY2025                        | 2025-Q3
            in Q3 fiscal 2025                   | 2025-Q3
            in Q2'25                            | 2025-Q2
            in the second quarter of 2025       | 2025-Q2
            in the second fiscal quarter of 2025 | 2025-Q2
            in the 4th quarter of fiscal 2024   | 2024-Q4
            in fourth-quarter 2024              | 2024-Q4
            in 2025 Q1                          | 2025-Q1
            in FY25 second quarter              | 2025-Q2
            in H1 2025                          | 2025-H1
            in H1 FY24                          | 2024-H1
            in H1'25                            | 2025-H1
            in 1H25                             | 2025-H1
            in the first half of fiscal 2024    | 2024-H1
            in the second half of 2023          | 2023-H2
            in fiscal 2024                      | 2024
            in fiscal year 2024                 | 2024
            in FY 2024                          | 2024
            in FY24                             | 2024
            in FY2024-25                        | 2024
            in 2025                             | 2025
            by 2030                             | 2030
            """)
    void findsPeriods(String text, String label) {
        assertThat(periods(text)).extracting(PeriodFinder.Period::label).containsExactly(label);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in the second quarter               | ''
            in fiscal Q2                        | ''
            in the third half of 2025           | 2025
            in H3 2025                          | 2025
            on 25 March                         | ''
            1,000 units and 2025 units of 12345 | 2025
            in 1850 and 2150                    | ''
            """)
    void aQuarterOrHalfNeedsAYearAndABareYearAPlausibleOne(String text, String labels) {
        assertThat(periods(text)).extracting(PeriodFinder.Period::label)
                .containsExactlyElementsOf(labels.isEmpty() ? List.of() : List.of(labels.split(" ")));
    }

    @Test
    void findsSeveralPeriodsInOrder() {
        assertThat(periods("Q1 2024 and Q2 2024, then fiscal 2025 and H2 2026"))
                .extracting(PeriodFinder.Period::label).containsExactly("2024-Q1", "2024-Q2", "2025", "2026-H2");
    }

    @Test
    void marksBaselines() {
        assertThat(periods("in 2024, up from 2023 and compared with the Q2 2022, versus a 2021 and than 2020"))
                .extracting(PeriodFinder.Period::label, PeriodFinder.Period::baseline)
                .containsExactly(tuple("2024", false), tuple("2023", true), tuple("2022-Q2", true), tuple("2021", true),
                        tuple("2020", true));
    }

    private static List<PeriodFinder.Period> periods(String text) {
        Sentence s = Marked.tokenize(text);
        String[] lower = s.tokens().stream().map(t -> TokenPhrases.lower(t.text())).toArray(String[]::new);
        Words words = Words.of(s.tokens(), lower, AmountLexicon.packaged().boundaries);
        return PeriodFinder.find(words, new boolean[words.size()], AmountLexicon.packaged().comparisons);
    }
}
