package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.brieflens.extract.RelationFixtures.AMD;
import static org.brieflens.extract.RelationFixtures.APPLE;
import static org.brieflens.extract.RelationFixtures.GERMANY;
import static org.brieflens.extract.RelationFixtures.INTEL;
import static org.brieflens.extract.RelationFixtures.MICRON;
import static org.brieflens.extract.RelationFixtures.NVIDIA;
import static org.brieflens.extract.RelationFixtures.SAMSUNG;
import static org.brieflens.extract.RelationFixtures.company;
import static org.brieflens.extract.RelationFixtures.extract;
import static org.brieflens.extract.RelationFixtures.product;
import static org.brieflens.extract.RelationFixtures.region;
import static org.brieflens.extract.RelationType.ACQUISITION;
import static org.brieflens.extract.RelationType.COMPETITOR;
import static org.brieflens.extract.RelationType.PARTNER;

import org.brieflens.extract.RelationFixtures.Ent;
import org.junit.jupiter.api.Test;

/** Which companies around a cue are its subjects and objects: lists, clauses, appositions and names. */
class RelationListsTest {
    private static final Ent SK_HYNIX = company("SK Hynix", "skhynix");

    @Test
    void everyCoordinatedSubjectIsPaired() {
        assertThat(extract("Samsung and SK Hynix compete with Micron.", SAMSUNG, SK_HYNIX, MICRON))
                .extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("Micron", "Samsung"), tuple("Micron", "SK Hynix"));
    }

    @Test
    void aRelativeClauseDoesNotStealTheSubject() {
        assertThat(extract("Samsung, which supplies Apple, competes with Micron.", SAMSUNG, APPLE, MICRON))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(COMPETITOR, "Micron", "Samsung"));
        assertThat(extract("Dart Group, owner of Auto Trak and Crown Books, competed against KKR.",
                company("Dart Group", "dart"), company("Auto Trak", "autotrak"), company("Crown Books", "crown"),
                company("KKR", "kkr")))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("Dart Group", "KKR"));
    }

    @Test
    void aVerbPhraseWithoutSubjectBelongsToTheClausesFirstCompany() {
        Ent bp = company("BP", "bp");
        assertThat(extract("BP spent $7.5bn to create TNK-BP, and has a partnership to develop a field with state-owned"
                + " Rosneft.", bp, company("TNK-BP", "tnkbp"), company("Rosneft", "rosneft")))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(PARTNER, "BP", "Rosneft"));
        assertThat(extract("WPP bought US rival Grey, creating a giant big enough to rival Omnicom.",
                company("WPP", "wpp"), company("Grey", "grey"), company("Omnicom", "omnicom")))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple(COMPETITOR, "Grey", "WPP"), tuple(ACQUISITION, "WPP", "Grey"),
                        tuple(COMPETITOR, "Omnicom", "WPP"));
        assertThat(extract("Vevo buys Showyou to take on YouTube.", company("Vevo", "vevo"),
                company("Showyou", "showyou"), company("YouTube", "youtube")))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .contains(tuple(COMPETITOR, "Vevo", "YouTube")).doesNotContain(tuple(COMPETITOR, "Showyou", "YouTube"));
    }

    @Test
    void possessorIsTheSubjectAndListMembersMayCarryARegion() {
        assertThat(extract("It was raised by Alitalia's rivals, including Germany's Lufthansa, British Airways and"
                        + " Spain's Iberia.", company("Alitalia", "alitalia"), GERMANY, company("Lufthansa", "lh"),
                company("British Airways", "ba"), region("Spain", "ES"), company("Iberia", "ib")))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactlyInAnyOrder(
                        tuple("Alitalia", "Lufthansa"), tuple("Alitalia", "British Airways"), tuple("Alitalia", "Iberia"));
    }

    @Test
    void aProductMemberStandsForItsOwnerAndKeepsTheListGoing() {
        assertThat(extract("Shopee competes with TikTok Shop and Lazada for buyers.", company("Shopee", "shopee"),
                product("TikTok", "bytedance", "ByteDance"), company("Lazada", "lazada")))
                .extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("ByteDance", "Shopee"), tuple("Lazada", "Shopee"));
    }

    @Test
    void aProductAfterItsOwnersPossessiveIsTheNamedCompany() {
        assertThat(extract("The features rely on Alibaba's Qwen models, which have been integrated into Apple's software.",
                company("Alibaba", "alibaba"), product("Qwen", "alibaba-cloud", "Alibaba Cloud"), APPLE))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(PARTNER, "Alibaba", "Apple"));
    }

    @Test
    void listStopsAtARelativeClause() {
        assertThat(extract("The deals keep Nvidia ahead of competitors like AMD and Huawei, which sell to Dell.",
                NVIDIA, AMD, company("Huawei", "huawei"), company("Dell", "dell")))
                .extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("AMD", "Nvidia"), tuple("Huawei", "Nvidia"));
    }

    @Test
    void commaJoinedMembersNeedAConjunctionToCloseTheList() {
        assertThat(extract("Intel competes with AMD, Nvidia said.", INTEL, AMD, NVIDIA))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("AMD", "Intel"));
    }

    @Test
    void aParenthesisedAliasIsNoExtraMember() {
        assertThat(extract("ONGC and the National Iranian Oil Company (NIOC) reached a preliminary deal.",
                company("ONGC", "ongc"), company("National Iranian Oil Company", "nioc"), company("NIOC", "nioc-acronym")))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(PARTNER, "National Iranian Oil Company", "ONGC"));
    }

    @Test
    void wireTickersAreNoBreakInAList() {
        assertThat(extract("Eastman Kodak Co <EK> and W.R. Grace <WR> both have joint ventures with Cetus.",
                company("Eastman Kodak", "kodak"), company("W.R. Grace", "grace"), company("Cetus", "cetus")))
                .extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("Cetus", "Eastman Kodak"), tuple("Cetus", "W.R. Grace"));
    }

    @Test
    void aCompanyUsedAsModifierIsNoParty() {
        assertThat(extract("Sony is competing against Toshiba and NEC-backed HD-DVD.", company("Sony", "sony"),
                company("Toshiba", "toshiba"), company("NEC", "nec")))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("Sony", "Toshiba"));
        assertThat(extract("Airbus announced an agreement with CFM rival IAE.", company("Airbus", "airbus"),
                company("CFM", "cfm"), company("IAE", "iae")))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple(PARTNER, "Airbus", "IAE"), tuple(COMPETITOR, "CFM", "IAE"));
    }

    @Test
    void aPrepositionalObjectIsNoSubject() {
        assertThat(extract("Samsung competes with SK Hynix for memory orders from Nvidia.", SAMSUNG, SK_HYNIX, NVIDIA))
                .extracting(Relation::type).containsOnly(COMPETITOR);
    }

    @Test
    void appositionNounRelatesTheCompanyToThePossessor() {
        assertThat(extract("Grab, Uber's biggest rival in Southeast Asia, signs deal with conglomerate Lippo Group.",
                company("Grab", "grab"), company("Uber", "uber"), company("Lippo Group", "lippo")))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple(COMPETITOR, "Grab", "Uber"), tuple(PARTNER, "Grab", "Lippo Group"));
    }

    @Test
    void copulaListsPairWithoutAPossessor() {
        assertThat(extract("Intel and AMD have long been rivals.", INTEL, AMD))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("AMD", "Intel"));
        assertThat(extract("AMD is Intel's biggest rival.", AMD, INTEL))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("AMD", "Intel"));
    }

    @Test
    void rivalsBetweenEachOther() {
        assertThat(extract("China narrowed the gap between rival plane makers Airbus and Boeing.",
                region("China", "CN"), company("Airbus", "airbus"), company("Boeing", "boeing")))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("Airbus", "Boeing"));
        assertThat(extract("Rivals Airbus and Boeing both reported orders.", company("Airbus", "airbus"),
                company("Boeing", "boeing")))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("Airbus", "Boeing"));
    }

    @Test
    void aWireDatelineNamesNoParty() {
        assertThat(extract("EDEN PRAIRIE, Minn., March 31 - Computer Aided Time Share Inc said it signed an agreement"
                + " with McDonnell Douglas.", company("EDEN", "eden"), company("McDonnell Douglas", "md")))
                .isEmpty();
    }
}
