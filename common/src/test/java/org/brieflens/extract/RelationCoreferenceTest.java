package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.brieflens.extract.RelationFixtures.AMD;
import static org.brieflens.extract.RelationFixtures.APPLE;
import static org.brieflens.extract.RelationFixtures.INTEL;
import static org.brieflens.extract.RelationFixtures.NVIDIA;
import static org.brieflens.extract.RelationFixtures.TSMC;
import static org.brieflens.extract.RelationFixtures.company;
import static org.brieflens.extract.RelationType.COMPETITOR;
import static org.brieflens.extract.RelationType.PARTNER;

import java.util.List;
import org.brieflens.extract.RelationFixtures.Doc;
import org.brieflens.extract.RelationFixtures.Ent;
import org.junit.jupiter.api.Test;

/** Anaphors ("it", "the company", "the two firms") resolved from earlier sentences of the document. */
class RelationCoreferenceTest {
    private static final Ent GRAB = company("Grab", "grab");
    private static final Ent GOTO = company("GoTo", "goto");
    private static final Ent ERICSSON = company("Ericsson", "ericsson");
    private static final Ent NOKIA = company("Nokia", "nokia");
    private static final Ent HUAWEI = company("Huawei", "huawei");

    @Test
    void possessivePronounAtSentenceStartPointsToThePreviousSentencesCompany() {
        List<Relation> rels = new Doc()
                .sentence("The delay weakens Intel's pitch as a domestic alternative.", INTEL)
                .sentence("Its foundry unit was meant to be a challenge to TSMC, yet TSMC keeps adding capacity.", TSMC, TSMC)
                .extract();

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName, Relation::sentenceIndex)
                .containsExactly(tuple(COMPETITOR, "Intel", "TSMC", 1));
        // A company found through coreference makes the relation less certain than the cue alone.
        assertThat(rels.get(0).confidence()).isEqualTo(0.7 * RelationExtractor.INFERRED_FACTOR);
    }

    @Test
    void definiteDescriptionSkipsSentencesWithoutCompanies() {
        List<Relation> rels = new Doc()
                .sentence("Grab said the assistant understands several local languages.", GRAB)
                .sentence("The first phase covers roughly 40 million monthly users.")
                .sentence("In Indonesia the company competes with GoTo for riders.",
                        RelationFixtures.region("Indonesia", "ID"), GOTO)
                .extract();

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("GoTo", "Grab"));
    }

    @Test
    void pronounAfterASubjectInTheSameSentencePointsToTheSentencesFirstCompany() {
        Ent alibaba = company("Alibaba", "alibaba");
        List<Relation> rels = new Doc().sentence("At home, Alibaba faces competitors like Baidu and Tencent, while DeepSeek"
                        + " and Meta's Llama are its main open-model rivals abroad.", alibaba, company("Baidu", "baidu"),
                company("Tencent", "tencent"), company("DeepSeek", "deepseek"), company("Meta", "meta")).extract();

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName).containsExactlyInAnyOrder(
                tuple("Alibaba", "Baidu"), tuple("Alibaba", "Tencent"), tuple("Alibaba", "DeepSeek"),
                tuple("Alibaba", "Meta"));
    }

    @Test
    void anEmployerIsNotWhatTheNextSentenceIsAbout() {
        List<Relation> rels = new Doc()
                .sentence("Nvidia reported record sales.", NVIDIA)
                .sentence("\"Demand is strong,\" said an analyst at Morgan Stanley.", company("Morgan Stanley", "ms"))
                .sentence("The company faces competitors like AMD.", AMD)
                .extract();

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("AMD", "Nvidia"));
    }

    @Test
    void anUnrecognisedNameBeforeThePronounStopsTheGuess() {
        List<Relation> rels = new Doc()
                .sentence("BMW sold the brand in 2000.", company("BMW", "bmw"))
                .sentence("Last year, MG Rover, which employs 6,000 people, said it hopes to land a deal with SAIC.",
                        company("SAIC", "saic"))
                .extract();

        assertThat(rels).isEmpty();
    }

    @Test
    void itAsAnObjectIsNoCompany() {
        List<Relation> rels = new Doc()
                .sentence("Sony makes the best-selling game.", company("Sony", "sony"))
                .sentence("A week after losing it to rival Konami, the game is back on top.", company("Konami", "konami"))
                .extract();

        assertThat(rels).isEmpty();
    }

    @Test
    void pronounInTheFirstSentenceFallsBackToTheMostMentionedCompany() {
        List<Relation> rels = new Doc()
                .sentence("It competes with AMD in servers.", AMD)
                .sentence("Intel will report results on Tuesday.", INTEL)
                .sentence("Intel shares rose.", INTEL)
                .extract();

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("AMD", "Intel"));
    }

    @Test
    void theStorysCompanyOwnsAnImplicitRelationalNoun() {
        List<Relation> rels = new Doc()
                .sentence("Nvidia cut lead times for its servers.", NVIDIA)
                .sentence("Shorter waits reduce the incentive for buyers to test alternatives such as AMD's Instinct"
                        + " accelerators or Intel's Gaudi chips.", AMD, INTEL)
                .extract();

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("AMD", "Nvidia"), tuple("Intel", "Nvidia"));
    }

    @Test
    void aPredicateNounWithAnUnrecognisedSubjectIsNotTheStorysCompany() {
        List<Relation> rels = new Doc()
                .sentence("Mozilla released a new browser.", company("Mozilla", "mozilla"))
                .sentence("Linux is a freely available alternative to Microsoft's Windows.", company("Microsoft", "microsoft"))
                .extract();

        assertThat(rels).isEmpty();
    }

    @Test
    void numberedPluralAnaphorTakesThatManyCompaniesMentionedLast() {
        List<Relation> rels = new Doc()
                .sentence("Ericsson and Nokia each secured new contracts.", ERICSSON, NOKIA)
                .sentence("Huawei picked up a smaller contract.", HUAWEI)
                .sentence("Bidding among the three suppliers has been fierce.")
                .extract();

        assertThat(rels).extracting(Relation::type, Relation::sentenceIndex).containsOnly(tuple(COMPETITOR, 2));
        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName).containsExactlyInAnyOrder(
                tuple("Ericsson", "Nokia"), tuple("Ericsson", "Huawei"), tuple("Huawei", "Nokia"));
    }

    @Test
    void theTwoCompaniesAsSubjectOfASubjectsCue() {
        List<Relation> rels = new Doc()
                .sentence("Apple unveiled new phones, and TSMC raised its forecast.", APPLE, TSMC)
                .sentence("The two companies signed a long-term agreement on Monday.")
                .extract();

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(PARTNER, "Apple", "TSMC"));
    }

    @Test
    void unnumberedPluralAnaphorTakesTheLastListInSubjectPosition() {
        Ent sony = company("Sony", "sony");
        Ent philips = company("Philips", "philips");
        Ent microsoft = company("Microsoft", "microsoft");
        List<Relation> rels = new Doc()
                .sentence("Technology firms Sony and Philips are developing a common copy protection system.", sony, philips)
                .sentence("It will sit alongside those pushed by Apple and Microsoft.", APPLE, microsoft)
                .sentence("The alliance will compete with Apple and Microsoft.", APPLE, microsoft)
                .extract();

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName).containsExactlyInAnyOrder(
                tuple("Apple", "Sony"), tuple("Apple", "Philips"), tuple("Microsoft", "Sony"),
                tuple("Microsoft", "Philips"));
    }

    @Test
    void withoutContextTheSingleSentenceMethodResolvesNothing() {
        List<Relation> rels = new Doc().sentence("The company partnered with Viettel.", company("Viettel", "viettel")).extract();

        assertThat(rels).isEmpty();
    }
}
