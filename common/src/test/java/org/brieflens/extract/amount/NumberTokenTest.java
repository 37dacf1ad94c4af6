package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTokenTest {
    private static final AmountLexicon LEX = AmountLexicon.packaged();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", textBlock = """
            53,        53,      0,  null, 1,    false
            '1,200',   1200,    0,  null, 1,    false
            '1,200,000.5', 1200000.5, 0, null, 1, false
            .5,        0.5,     0,  null, 1,    false
            -5,        5,       -1, null, 1,    false
            +5,        5,       1,  null, 1,    false
            −2.5,      2.5,     -1, null, 1,    false
            3bn,       3,       0,  null, 1e9,  false
            1.2tn,     1.2,     0,  null, 1e12, false
            20M,       20,      0,  null, 1e6,  false
            300K,      300,     0,  null, 1e3,  false
            600m,      600,     0,  null, 1e6,  false
            20pc,      20,      0,  null, 1,    true
            5pp,       5,       0,  null, 1,    true
            US$5bn,    5,       0,  USD,  1e9,  false
            €2,        2,       0,  EUR,  1,    false
            5€,        5,       0,  EUR,  1,    false
            """)
    void readsNumbersWithGluedParts(String text, double value, int sign, String currency, double scale,
                                    boolean percent) {
        NumberToken n = NumberToken.parse(text, LEX);

        assertThat(n).isNotNull();
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.sign()).isEqualTo(sign);
        assertThat(n.currency() == null ? null : n.currency().code()).isEqualTo(currency);
        assertThat(n.scale()).isEqualTo(scale);
        assertThat(n.percent()).isEqualTo(percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FY2025", "Q2", "2Q25", "5G", "3x", "16GB", "3,5", "1,23", "1234,567", "abc", "$", "-",
            ".", "1990s", "10th", "٣", "1234567890123456789", "20PC", "5won", "x5", "RS232", "EUR5", "A380"})
    void rejectsWhatIsNoNumber(String text) {
        assertThat(NumberToken.parse(text, LEX)).isNull();
    }
}
