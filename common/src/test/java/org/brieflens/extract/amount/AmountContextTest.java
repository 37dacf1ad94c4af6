package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Metric, direction, basis and period of amounts, from the cues around them. */
class AmountContextTest {

    @Test
    void cloudIntelligenceExample() {
        Amount a = only("The company's Cloud Intelligence Group reported a 26% year-over-year revenue increase in Q2 2025");

        assertThat(a.kind()).isEqualTo(Amount.PERCENT);
        assertThat(a.value()).isEqualTo(26.0);
        assertThat(a).extracting(Amount::direction, Amount::basis, Amount::period, Amount::metric)
                .containsExactly("up", "yoy", "2025-Q2", "revenue");
        assertThat(a.companyId()).isNull();
        assertThat(a.companyName()).isNull();
    }

    @Test
    void timeWarnerExampleGivesThePercentTheDollarsAndTheSameFigureInPounds() {
        List<Amount> amounts = Marked.amounts("Quarterly profits at US media giant [[TimeWarner]] jumped 76% to $1.13bn "
                + "(£600m) for the three months to December, from $639m year-earlier.");

        assertThat(amounts).extracting(Amount::kind, Amount::value, Amount::currency, Amount::direction,
                        Amount::metric, Amount::companyName)
                .containsExactly(
                        tuple(Amount.PERCENT, 76.0, null, "up", "profit", "TimeWarner"),
                        tuple(Amount.MONEY, 1.13e9, "USD", "up", "profit", "TimeWarner"),
                        tuple(Amount.MONEY, 6.0e8, "GBP", "up", "profit", "TimeWarner"),
                        tuple(Amount.MONEY, 6.39e8, "USD", null, null, "TimeWarner"));
        // "profits" is 14 words before the $639m, beyond the 12-word window; the basis is right after it.
        assertThat(amounts.get(3).basis()).isEqualTo("yoy");
    }

    static Stream<Arguments> metrics() {
        return Stream.of(
                Arguments.of("a three-year, $53 billion investment plan in chips", "investment"),
                Arguments.of("shares fell 3.5%", "shares"),
                Arguments.of("Acme closed a $20M Series B", "funding"),
                Arguments.of("Acme raises $20 million", "funding"),
                Arguments.of("Acme was valued at $3bn", "valuation"),
                Arguments.of("Microsoft bought a 30% stake in OpenAI", "stake"),
                Arguments.of("shipments rose to 42 million units, giving it a 14% share of the market", "market_share"),
                Arguments.of("The round values Databricks at $62 billion", "valuation"),
                Arguments.of("Xiaomi has a market share of 12 percent", "market_share"),
                Arguments.of("Xiaomi has a 12 per cent market share", "market_share"),
                Arguments.of("The EU fined Google €4.1 billion", "fine"),
                Arguments.of("net income of $2bn", "net_income"),
                Arguments.of("operating profit of $3bn", "operating_income"),
                Arguments.of("SAP expects €2.4bn in cloud revenue", "revenue"),
                Arguments.of("revenue growth of 26%", "revenue"),
                Arguments.of("a 25% compound annual growth rate", "growth"),
                Arguments.of("sales rose 8%", "sales"),
                Arguments.of("Meta will spend $60-65 billion on capex", "capex"),
                Arguments.of("The AI chip market is expected to reach $100bn", "market_size"),
                Arguments.of("The iPhone 16 starts at $799", "price"),
                Arguments.of("Microsoft agreed to buy Activision for $69bn", "deal_value"),
                Arguments.of("gross margin was 45.5%", "margin"),
                Arguments.of("Intel plans to lay off 15% of its workforce", "workforce"),
                Arguments.of("subscribers rose 10%", "subscribers"),
                Arguments.of("a $10bn buyback", "buyback"),
                Arguments.of("a $10bn stock buyback", "buyback"),
                Arguments.of("its shares rose 5% in the market", "shares"),
                Arguments.of("It said 5% of something", null),
                Arguments.of("It has $5bn in the bank.", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void metrics(String text, String metric) {
        assertThat(only(text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            shares fell 3.5%                                  | down
            revenue rose 10%                                  | up
            a 76% jump in profit                              | up
            prices were cut by up to 30%                      | down
            its stock was up 5% and more                      | up
            costs were down 2 percent                         | down
            Intel plans to lay off 15% of staff                | down
            net loss narrowed to $1.2bn                       | down
            revenue was 10%                                   | null
            revenue rose sharply, with margins at 10%         | null
            """)
    void directions(String text, String direction) {
        assertThat(only(text).direction()).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            revenue rose 26% year-over-year                   | yoy
            revenue rose 26% year on year                     | yoy
            revenue rose 26% y/y.                             | yoy
            revenue rose 26% YoY                              | yoy
            revenue rose 26% from a year earlier              | yoy
            revenue rose 26% compared with the same period last year | yoy
            revenue rose 4% quarter-on-quarter                | qoq
            revenue rose 4% q/q.                              | qoq
            revenue rose 4% sequentially                      | qoq
            prices rose 3% month-over-month                   | mom
            prices rose 3% m/m                                | mom
            year-on-year, revenue rose 3%                     | yoy
            revenue rose 3% last year                         | null
            """)
    void bases(String text, String basis) {
        assertThat(only(text).basis()).isEqualTo(basis);
    }

    @Test
    void aBasisAfterAnotherAmountsMoveBelongsToThatAmount() {
        assertThat(Marked.amounts("It cut 10% of staff and prices rose 3% month-over-month."))
                .extracting(Amount::metric, Amount::direction, Amount::basis)
                .containsExactly(tuple("workforce", "down", null), tuple("price", "up", "mom"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            revenue rose 26% in Q2 2025                       | 2025-Q2
            revenue rose 26% in 2Q25                          | 2025-Q2
            revenue rose 26% in Q3 FY2025                     | 2025-Q3
            revenue rose 26% in Q2'25                         | 2025-Q2
            revenue rose 26% in the second quarter of 2025    | 2025-Q2
            revenue rose 26% in the fourth-quarter 2024 results | 2024-Q4
            revenue rose 26% in the first half of fiscal 2024 | 2024-H1
            revenue rose 26% in H1 2025                       | 2025-H1
            revenue rose 26% in 1H25                          | 2025-H1
            revenue rose 26% in fiscal 2024                   | 2024
            revenue rose 26% in FY24                          | 2024
            In 2025, revenue rose 26%                         | 2025
            revenue rose 26% in the second quarter            | null
            revenue in Q2 2025 rose 26% from Q2 2024          | 2025-Q2
            revenue rose 26% from 2024                        | null
            revenue rose 26% for the three months to December | null
            """)
    void periods(String text, String period) {
        assertThat(only(text).period()).isEqualTo(period);
    }

    @Test
    void aBaselineIsNoAmountsPeriod() {
        assertThat(Marked.amounts("Sales hit $627 billion in 2024, an increase of 19.1% compared to 2023."))
                .extracting(Amount::period).containsExactly("2024", "2024");
    }

    @Test
    void eachAmountTakesTheNearestPeriod() {
        assertThat(Marked.amounts("Revenue rose 10% in 2024 after it fell 5% in 2023."))
                .extracting(Amount::period, Amount::direction).containsExactly(tuple("2024", "up"), tuple("2023", "down"));
    }

    private static Amount only(String text) {
        List<Amount> amounts = Marked.amounts(text);
        assertThat(amounts).as(text).hasSize(1);
        return amounts.get(0);
    }
}
