package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

/** The words around a name say whether it is a company, whatever the NER tagged. */
class MentionCueCompaniesTest {
    @Test
    void companyNounBeforeAnUntaggedOrPersonName() {
        assertThat(document().body("said the head of equities trading at brokers TOV .").companies())
                .containsExactly("TOV");
        assertThat(document().body("Italaudit was the arm of auditor Zorbant/PER Thornley/PER .").companies())
                .containsExactly("Zorbant Thornley");
        assertThat(document().body("while start-up companies Zizmondo/PER and Zapwave/ORG offer devices .").companies())
                .containsExactlyInAnyOrder("Zizmondo", "Zapwave");
    }

    @Test
    void nounThatAlsoDescribesPeopleIsNoCueForAPerson() {
        assertThat(document().body("Leading British/LOC games maker Peter/PER Molyneux/PER has been made an OBE .")
                .companies()).isEmpty();
    }

    @Test
    void appositionWithACompanyNoun() {
        assertThat(document().body("Zantor , a California/LOC - based company , pleaded guilty .").companies())
                .containsExactly("Zantor");
        assertThat(document().body("However , companies that decide to offshore are driven by cost .").companies())
                .isEmpty();
    }

    @Test
    void appositionOrNounOfAProductOrPublicBodyMeansNoCompany() {
        assertThat(document().body("The game ships with a demo of Metroid/ORG Hunters/ORG - a 3D action title which "
                + "can be played alone .").companies()).isEmpty();
        assertThat(document().body("Investors may sue , as may Consob/ORG , Italy/LOC 's stock market "
                + "regulator , and small savers .").companies()).isEmpty();
        assertThat(document().body("The merger was cleared by the regulator Zorbcom/ORG .").companies()).isEmpty();
    }

    @Test
    void businessWordEndsAnUntaggedName() {
        assertThat(document().body("Movie studios , including Lions Gate Entertainment and Disney/ORG , announced titles .")
                .companySurfaces()).contains("Lions Gate Entertainment");
        assertThat(document().body("Phytopharm/ORG said Japan/LOC 's Yamanouchi Pharmaceutical would end a deal .")
                .companies()).contains("Yamanouchi Pharmaceutical");
    }

    @Test
    void lowerCaseCorporationAfterAName() {
        assertThat(document().body("The Zantor corporation was accused of bribery .").companies()).containsExactly("Zantor");
    }

    @Test
    void untaggedNameCoordinatedWithItsSibling() {
        assertThat(document().body("It plans to split into AZ Fly and AZ/ORG Services/ORG .").companies())
                .containsExactlyInAnyOrder("AZ Fly", "AZ Services");
    }

    @Test
    void organisationAfterAPersonsRoleIsThatPerson() {
        assertThat(document().body("Laura/PER Ashley/PER is parting with its chief executive Ainum/ORG Mohd-Saaid/ORG .")
                .companies()).isEmpty();
        assertThat(document().body("said retail analyst Nick/ORG Bubb/ORG of/ORG Evolution/ORG Securities/ORG .")
                .companies()).containsExactly("Evolution Securities");
        assertThat(document().body("said industry analyst Zorbitrend/ORG .").companies()).containsExactly("Zorbitrend");
    }

    @Test
    void wireTickerMarksTheNameBeforeIt() {
        assertThat(document().body("Steego Corp <STG> said it would sell a unit .").companies()).containsExactly("Steego");
        assertThat(document().body("it sold the rights to <Sedio_N.V.> of Lugano/LOC .").companies())
                .containsExactly("Sedio");
    }
}
