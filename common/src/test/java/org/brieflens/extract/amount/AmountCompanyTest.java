package org.brieflens.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.brieflens.extract.EntityType;
import org.brieflens.extract.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which company mention an amount describes. */
class AmountCompanyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            [[Apple]]'s revenue rose 10%                                   | Apple
            Revenue at [[Tencent]] rose 10%                                | Tencent
            [[Alibaba]] reported a 26% rise                                | Alibaba
            Shares of [[Apple]] rose 2%                                    | Apple
            A 26% rise in revenue at [[Alibaba]] beat estimates            | Alibaba
            [[Microsoft]]'s revenue rose 10%, compared with 8% at [[Google]] | Google
            [[Acme]] raises $20 million from [[Sequoia]]                   | Acme
            [[Acme]], backed by [[Sequoia]], raised $20M                    | Acme
            [[Apple]] agreed to buy [[Beats]] for $3bn                     | Apple
            [[Microsoft]] bought a 30% stake in [[OpenAI]]                 | Microsoft
            A 5% fee applies to [[Uber]] drivers                           | Uber
            Revenue rose 10%                                               | null
            """)
    void picksTheSubjectOrPossessorSide(String text, String company) {
        List<Amount> amounts = Marked.amounts(text);
        assertThat(amounts).last().extracting(Amount::companyName).isEqualTo(company);
    }

    @Test
    void eachClauseHasItsOwnCompany() {
        assertThat(Marked.amounts("[[Nvidia]]'s revenue rose 10% y/y, while [[AMD]]'s profit fell 5% sequentially; "
                        + "[[Intel]] lost 3%."))
                .extracting(Amount::companyName, Amount::metric, Amount::direction, Amount::basis)
                .containsExactly(tuple("Nvidia", "revenue", "up", "yoy"), tuple("AMD", "profit", "down", "qoq"),
                        tuple("Intel", null, "down", null));
    }

    @Test
    void aProductStandsForItsOwnerAndRegionsAndPeopleAreIgnored() {
        Marked m = Marked.of("In Texas, Satya Nadella said Azure revenue grew 39%.");
        String text = m.sentence().text();
        List<Mention> mentions = List.of(
                mention(text, "Texas", EntityType.REGION, "US-TX", "Texas"),
                mention(text, "Satya Nadella", EntityType.PERSON, null, "Satya Nadella"),
                mention(text, "Azure", EntityType.PRODUCT, "microsoft", "Microsoft"));

        Amount a = AmountExtractor.load().extract(m.sentence(), mentions).get(0);

        assertThat(a).extracting(Amount::companyId, Amount::companyName).containsExactly("microsoft", "Microsoft");
    }

    @Test
    void anUnresolvedOrganisationIsUsedWithItsNormalisedName() {
        Marked m = Marked.of("Cloud Intelligence Group reported a 26% revenue increase.");
        Mention org = new Mention(Marked.INDEX, m.sentence().section(), Marked.OFFSET, Marked.OFFSET + 24,
                "Cloud Intelligence Group", EntityType.COMPANY, null, "Cloud Intelligence Group", false,
                null, null, null, null);

        Amount a = AmountExtractor.load().extract(m.sentence(), List.of(org)).get(0);

        assertThat(a).extracting(Amount::companyId, Amount::companyName).containsExactly(null, "Cloud Intelligence Group");
    }

    @Test
    void mentionsNeedNotBeSortedAndMayBeNull() {
        Marked m = Marked.of("[[Apple]] rose 2% and [[Intel]] fell 3%.");
        List<Mention> reversed = List.of(m.mentions().get(1), m.mentions().get(0));

        assertThat(AmountExtractor.load().extract(m.sentence(), reversed)).extracting(Amount::companyName)
                .containsExactly("Apple", "Intel");
        assertThat(AmountExtractor.load().extract(m.sentence(), null)).extracting(Amount::companyName)
                .containsExactly(null, null);
    }

    private static Mention mention(String text, String surface, EntityType type, String id, String name) {
        int begin = Marked.OFFSET + text.indexOf(surface);
        return Marked.company(begin, begin + surface.length(), surface, type, id, name);
    }
}
