package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.brieflens.brief.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which token sequences are amounts, and their kind, value, currency and surface. Real CoreNLP tokenization. */
class AmountFormsTest {

    static Stream<Arguments> money() {
        return Stream.of(
                Arguments.of("a three-year, $53 billion investment plan in chips", "$53 billion", 5.3e10, "USD"),
                Arguments.of("profits jumped to $1.13bn last year", "$1.13bn", 1.13e9, "USD"),
                Arguments.of("it earned £600m in the period", "£600m", 6.0e8, "GBP"),
                Arguments.of("SAP expects €2.4bn in revenue", "€2.4bn", 2.4e9, "EUR"),
                Arguments.of("spending of US$1.2 trillion is planned", "US$1.2 trillion", 1.2e12, "USD"),
                Arguments.of("spending of US $5bn is planned", "US $5bn", 5.0e9, "USD"),
                Arguments.of("a ¥500 billion package", "¥500 billion", 5.0e11, "JPY"),
                Arguments.of("it will invest Rs 1,200 crore in the plant", "Rs 1,200 crore", 1.2e10, "INR"),
                Arguments.of("it will invest Rs. 500 crore in the plant", "Rs. 500 crore", 5.0e9, "INR"),
                Arguments.of("it will invest ₹1,200 crore in the plant", "₹1,200 crore", 1.2e10, "INR"),
                Arguments.of("a Rs 2.3 lakh crore budget", "Rs 2.3 lakh crore", 2.3e12, "INR"),
                Arguments.of("Acme closed a $20M Series B", "$20M", 2.0e7, "USD"),
                Arguments.of("Acme raises $20 million", "$20 million", 2.0e7, "USD"),
                Arguments.of("EU fined Google €4.1 billion", "€4.1 billion", 4.1e9, "EUR"),
                Arguments.of("a grant of 3 million euros", "3 million euros", 3.0e6, "EUR"),
                Arguments.of("a grant of 200 million dollars", "200 million dollars", 2.0e8, "USD"),
                Arguments.of("it raised 150 billion yuan", "150 billion yuan", 1.5e11, "CNY"),
                Arguments.of("it raised 1.5 trillion won", "1.5 trillion won", 1.5e12, "KRW"),
                Arguments.of("it raised ₩3 trillion", "₩3 trillion", 3.0e12, "KRW"),
                Arguments.of("it raised KRW 3tn", "KRW 3tn", 3.0e12, "KRW"),
                Arguments.of("it raised RMB 5bn", "RMB 5bn", 5.0e9, "CNY"),
                Arguments.of("it raised CHF 3bn", "CHF 3bn", 3.0e9, "CHF"),
                Arguments.of("it raised USD 5 billion", "USD 5 billion", 5.0e9, "USD"),
                Arguments.of("it raised 5bn € of bonds", "5bn €", 5.0e9, "EUR"),
                Arguments.of("a $5.5 B round", "$5.5 B", 5.5e9, "USD"),
                Arguments.of("a $300K seed", "$300K", 3.0e5, "USD"),
                Arguments.of("a $1.2tn market", "$1.2tn", 1.2e12, "USD"),
                Arguments.of("a $53-billion plan", "$53-billion", 5.3e10, "USD"),
                Arguments.of("shares closed at $.5", "$.5", 0.5, "USD"),
                Arguments.of("it costs $999", "$999", 999.0, "USD"),
                Arguments.of("it raised A$2bn", "A$2bn", 2.0e9, "AUD"),
                Arguments.of("it raised HK$10bn", "HK$10bn", 1.0e10, "HKD"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void money(String text, String surface, double value, String currency) {
        assertThat(Marked.amounts(text)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Amount.MONEY);
            assertThat(a.surface()).isEqualTo(surface);
            assertThat(a.value()).isEqualTo(value);
            assertThat(a.currency()).isEqualTo(currency);
        });
    }

    static Stream<Arguments> percent() {
        return Stream.of(
                Arguments.of("revenue rose 26% in the quarter", "26%", 26.0),
                Arguments.of("shares fell 3.5% on Monday", "3.5%", 3.5),
                Arguments.of("a market share of 12 percent", "12 percent", 12.0),
                Arguments.of("a market share of 12 per cent", "12 per cent", 12.0),
                Arguments.of("profits rose 20pc", "20pc", 20.0),
                Arguments.of("profits rose 3 p.c. overall", "3 p.c.", 3.0),
                Arguments.of("margin rose 8 percentage points", "8 percentage points", 8.0),
                Arguments.of("margin rose 5pp", "5pp", 5.0),
                Arguments.of("a 10 percent-owned unit", "10 percent", 10.0),
                Arguments.of("a 0.5% fee", "0.5%", 0.5));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void percent(String text, String surface, double value) {
        assertThat(Marked.amounts(text)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Amount.PERCENT);
            assertThat(a.surface()).isEqualTo(surface);
            assertThat(a.value()).isEqualTo(value);
            assertThat(a.currency()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Intel will cut 1,000 jobs.", "Windows 11 ran on 5G phones with 16GB of RAM.",
            "Revenue in Q2 2025 and FY2025 and 2Q25 was strong.", "The app has 20M users and 3x growth.",
            "The team of 5 won the prize.", "It weighs 5 pounds.", "A 3,5% rate.", "Costs $ and more.",
            "Tesla delivered 400,000 cars in the 1990s.", "Scores rose from 5 to 7 points.", ""})
    void numbersWithoutCurrencyOrPercentAreNoAmounts(String text) {
        assertThat(Marked.amounts(text)).isEmpty();
    }

    @Test
    void rangesAreOneAmountWithTheLowerBound() {
        List<Amount> amounts = Marked.amounts("It expects $3bn-$4bn, margins between 5% and 7%, growth of 5-7%, "
                + "capex of $1.2-1.5 billion, between 5 and 7 percent, and a 10%-15% rise and a 4 to 6 per cent gain.");

        assertThat(amounts).extracting(Amount::surface, Amount::value).containsExactly(
                tuple("$3bn-$4bn", 3.0e9), tuple("5% and 7%", 5.0), tuple("5-7%", 5.0),
                tuple("$1.2-1.5 billion", 1.2e9), tuple("5 and 7 percent", 5.0), tuple("10%-15%", 10.0),
                tuple("4 to 6 per cent", 4.0));
    }

    @Test
    void fromToIsAChangeNotARange() {
        assertThat(Marked.amounts("Revenue rose from $3bn to $4bn and its share from 5 to 7 percent."))
                .extracting(Amount::surface).containsExactly("$3bn", "$4bn", "7 percent");
        assertThat(Marked.amounts("Shares rose $5 to $105, in a $3 to $4 billion deal."))
                .extracting(Amount::surface, Amount::value)
                .containsExactly(tuple("$5", 5.0), tuple("$105", 105.0), tuple("$3 to $4 billion", 3.0e9));
    }

    @Test
    void aWrittenSignGivesTheDirectionAndTheValueStaysAMagnitude() {
        assertThat(Marked.amounts("Shares were -5% and +3% and −2%."))
                .extracting(Amount::surface, Amount::value, Amount::direction)
                .containsExactly(tuple("-5%", 5.0, "down"), tuple("+3%", 3.0, "up"), tuple("−2%", 2.0, "down"));
    }

    @Test
    void offsetsAreDocumentOffsetsAndEvidenceIsTheSentence() {
        String text = "  Acme raises $20 million.  ";
        Marked m = Marked.of(text);
        Amount a = AmountExtractor.load().extract(m.sentence(), List.of()).get(0);

        assertThat(a.charBegin()).isEqualTo(Marked.OFFSET + text.indexOf('$'));
        assertThat(a.charEnd()).isEqualTo(Marked.OFFSET + text.indexOf(" million") + " million".length());
        assertThat(a.surface()).isEqualTo("$20 million");
        assertThat(a.sentenceIndex()).isEqualTo(Marked.INDEX);
        assertThat(a.section()).isEqualTo(Section.BODY);
        assertThat(a.evidence()).isEqualTo("Acme raises $20 million.");
    }

    @Test
    void amountsComeInTextOrder() {
        assertThat(Marked.amounts("Up 5% to $3bn (£2bn), or 26 per cent."))
                .extracting(Amount::surface).containsExactly("5%", "$3bn", "£2bn", "26 per cent");
    }
}
