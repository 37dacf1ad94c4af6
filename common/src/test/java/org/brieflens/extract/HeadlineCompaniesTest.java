package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

/** Headline rules on tagged sentences: what the CRF typically gives for Title Case headlines. */
class HeadlineCompaniesTest {
    @Test
    void nameBeforeAHeadlineVerbIsACompany() {
        assertThat(document().title("Mumbai/LOC - Based Fitternity Raises $ 1M Seed Funding To Match Users With The Right Workouts")
                .companies()).containsExactly("Fitternity");
        assertThat(document().title("Cybric helps developers build more secure applications automatically").companies())
                .containsExactly("Cybric");
        assertThat(document().title("Y Combinator announces basic income pilot experiment in Oakland/LOC").companies())
                .containsExactly("Y Combinator");
    }

    @Test
    void singleWordThatTheCrfTookForAPersonStillCounts() {
        assertThat(document().title("Bnbsitter/PER raises $ 2.5M for on-demand concierge service").companies())
                .containsExactly("Bnbsitter");
        assertThat(document().title("Paul/PER English/PER raises $ 15M for his travel startup").companies()).isEmpty();
    }

    @Test
    void objectOfAnAcquisitionVerbIsACompany() {
        assertThat(document().title("Zillow/ORG Acquires DotLoop , An E-Signing Service For Real Estate Agents")
                .companySurfaces()).containsExactly("Zillow", "DotLoop");
        assertThat(document().title("Chinese Gaming Firm Buys 60 % Of Gay Dating App Grindr For $ 93M").companies())
                .containsExactly("Grindr");
    }

    @Test
    void descriptorsAreSplitOffAndRoleWordsEndTheName() {
        assertThat(document().title("As Its Market Grows , Nigerian E-Commerce/ORG Startup/ORG Africa/ORG Internet/ORG "
                + "Group/ORG Raises $ 83 Million").companies()).containsExactly("Africa Internet Group");
        assertThat(document().title("Apttus CEO Kirk/PER Krappe/PER Talks Growing Pains And IPO Plans At Dreamforce/LOC")
                .companies()).containsExactly("Apttus");
        assertThat(document().title("Blue Jeans Network Raises $ 76.5M To Bring Video Conferencing Beyond The Office")
                .companies()).containsExactly("Blue Jeans Network");
        assertThat(document().title("Le Tote ’s Clothing Rentals App Lets You Seek Out New Outfits").companies())
                .containsExactly("Le Tote");
    }

    @Test
    void genericSubjectsAndPhrasesAreNoNames() {
        assertThat(document().title("Report Raises Questions About Startup Valuations").companies()).isEmpty();
        assertThat(document().title("Belgium/ORG Startup/ORG That/ORG Syncs/ORG Contacts/ORG Raises $ 1M").companies())
                .isEmpty();
    }

    @Test
    void organisationSpanIsSplitAtTheVerbItSwallowed() {
        assertThat(document().title("Zillow/ORG Acquires/ORG DotLoop/ORG For $ 108M").companySurfaces())
                .containsExactly("Zillow", "DotLoop");
    }

    @Test
    void aMoneyAmountIsNoCompany() {
        assertThat(document().title("Vinaya Gets $ 3M To Build Connected Tech").companies()).containsExactly("Vinaya");
    }

    @Test
    void aboveAnArticleTheHeadlineRulesStayOff() {
        assertThat(document().title("Speech takes on search engines")
                .body("A Scottish/LOC firm has added speech to search .").companies()).isEmpty();
    }

    @Test
    void unknownNameInACapitalsWireHeadlineNeedsTheBody() {
        assertThat(document().title("OIL/ORG PRICES RISE ON SUPPLY FEARS")
                .body("Oil prices rose on Monday , traders said .").companies()).isEmpty();
        assertThat(document().title("PAXAR/ORG SETS QUARTERLY DIVIDEND")
                .body("Paxar/ORG Corp/ORG said it set a quarterly dividend .").companies()).containsExactly("Paxar");
    }
}
