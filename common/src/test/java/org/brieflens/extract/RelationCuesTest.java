package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.brieflens.extract.RelationFixtures.AMD;
import static org.brieflens.extract.RelationFixtures.INTEL;
import static org.brieflens.extract.RelationFixtures.company;
import static org.brieflens.extract.RelationFixtures.extract;
import static org.brieflens.extract.RelationFixtures.product;
import static org.brieflens.extract.RelationFixtures.region;
import static org.brieflens.extract.RelationType.ACQUISITION;
import static org.brieflens.extract.RelationType.COMPETITOR;
import static org.brieflens.extract.RelationType.PARTNER;

import java.util.List;
import java.util.stream.Stream;
import org.brieflens.extract.RelationFixtures.Ent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** News phrasings of competition, partnership and acquisition, each between AMD and Intel. */
class RelationCuesTest {

    @ParameterizedTest
    @MethodSource("phrasings")
    void phrasingAssertsRelation(String sentence, RelationType type) {
        assertThat(extract(sentence, AMD, INTEL)).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(type, "AMD", "Intel"));
    }

    static Stream<Arguments> phrasings() {
        return Stream.of(
                Arguments.of("AMD and Intel reached a preliminary deal to share patents.", PARTNER),
                Arguments.of("AMD and Intel signed an agreement on Monday.", PARTNER),
                Arguments.of("AMD has a deal with chip designer Intel to pay monthly.", PARTNER),
                Arguments.of("AMD signed a licence agreement with Intel.", PARTNER),
                Arguments.of("Shares in AMD fell while partner Intel rose.", PARTNER),
                Arguments.of("AMD's partner Intel will build the chips.", PARTNER),
                Arguments.of("AMD cited firm orders from Intel for next year.", PARTNER),
                Arguments.of("AMD builds custom chips for Intel.", PARTNER),
                Arguments.of("The AMD games developed by Intel sold well.", PARTNER),
                Arguments.of("AMD and Intel joined forces to develop networks.", PARTNER),
                Arguments.of("The AMD-Intel alliance came about in 2000.", PARTNER),
                Arguments.of("What will the AMD and Intel venture offer?", PARTNER),
                Arguments.of("AMD is a supplier to Intel.", PARTNER),
                Arguments.of("The projects reflect a growing contest between AMD and Intel for business.", COMPETITOR),
                Arguments.of("He said the rivalry between AMD and Intel is overblown.", COMPETITOR),
                Arguments.of("How much server ground is AMD still losing to Intel?", COMPETITOR),
                Arguments.of("AMD lost some momentum in AI to Intel.", COMPETITOR),
                Arguments.of("AMD keeps losing market share to Intel.", COMPETITOR),
                Arguments.of("The deal puts AMD up against competitors like Intel.", COMPETITOR),
                Arguments.of("AMD's chips, which pose a challenge to Intel, sold out.", COMPETITOR),
                Arguments.of("AMD expects to sell enough chips to rival Intel's best.", COMPETITOR),
                Arguments.of("AMD's new deal raises the pressure on Intel.", COMPETITOR),
                Arguments.of("AMD and Intel have been locked in a heavyweight battle for years.", COMPETITOR),
                Arguments.of("AMD and Intel compete fiercely in servers.", COMPETITOR),
                Arguments.of("AMD has gone head-to-head with Intel's Xeon.", COMPETITOR),
                Arguments.of("AMD offers an alternative to Intel's chips.", COMPETITOR),
                Arguments.of("AMD lost out to Intel in that fight.", COMPETITOR),
                Arguments.of("AMD not only competes with Intel but also licenses its designs.", COMPETITOR),
                Arguments.of("AMD agreed to buy Intel for $1bn.", ACQUISITION),
                Arguments.of("AMD's takeover of Intel closed.", ACQUISITION),
                Arguments.of("AMD made a $5bn bid for Intel.", ACQUISITION),
                Arguments.of("Intel was taken over by AMD in 2020.", ACQUISITION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMD merged with Intel in 2020.", "AMD walked away from its deal with Intel.",
            "AMD pulled out of a supply agreement with Intel.", "Shares of AMD and Intel rose on the partnership news.",
            "AMD said the case, AMD vs Intel, goes to court in May.", "AMD rejected a takeover bid for Intel."})
    void phrasingAssertsNothing(String sentence) {
        assertThat(extract(sentence, AMD, INTEL)).isEmpty();
    }

    @Test
    void signedDealsWithAListPairEachMember() {
        Ent oracle = company("Oracle", "oracle");
        Ent meta = company("Meta", "meta");
        assertThat(extract("AMD signed deals with OpenAI, Oracle and Meta.", AMD, RelationFixtures.OPENAI, oracle, meta))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactlyInAnyOrder(
                        tuple("AMD", "OpenAI"), tuple("AMD", "Oracle"), tuple("AMD", "Meta"));
    }

    @Test
    void versusInAHeadlinePairsTheNeighbours() {
        assertThat(extract("Intel vs AMD: who wins the laptop?", INTEL, AMD))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(COMPETITOR, "AMD", "Intel"));
    }

    @Test
    void productsStandForTheirOwners() {
        Ent azure = product("Microsoft Azure", "microsoft", "Microsoft");
        Ent aws = company("AWS", "aws");
        assertThat(extract("AWS lost some momentum in AI to Microsoft Azure and Google Cloud.", aws, azure,
                company("Google Cloud", "google-cloud")))
                .extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("AWS", "Microsoft"), tuple("AWS", "Google Cloud"));
    }

    @Test
    void aRegionBeforeThePartnerNounIsNoSubject() {
        List<Relation> rels = extract("In New York, shares in Ireland-based Elan lost 70% while US partner Biogen Idec shed 43%.",
                region("New York", "US-NY"), region("Ireland", "IE"), company("Elan", "elan"), region("US", "US"),
                company("Biogen Idec", "biogen"));
        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(PARTNER, "Biogen Idec", "Elan"));
    }

    @Test
    void anAcquisitionIsNotAlsoAPartnership() {
        assertThat(extract("AMD struck a deal with Intel and will acquire Intel next year.", AMD, INTEL, INTEL))
                .extracting(Relation::type).containsExactly(ACQUISITION);
    }
}
