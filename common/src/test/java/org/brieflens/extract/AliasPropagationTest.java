package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

class AliasPropagationTest {
    @Test
    void shortNameTakesTheLongerNameItBegins() {
        MentionTestSentences doc = document()
                .body("Shares in Zorblax/ORG Energy/ORG jumped 6 % .")
                .body("Zorblax/ORG said drilling had produced strong results .");
        assertThat(doc.companies()).containsExactly("Zorblax Energy");
    }

    @Test
    void twoLongerNamesLeaveTheShortNameAlone() {
        MentionTestSentences doc = document()
                .body("Vorlix/ORG Energy/ORG and Vorlix/ORG Mining/ORG merged .")
                .body("Vorlix/ORG said so .");
        assertThat(doc.companies()).containsExactlyInAnyOrder("Vorlix Energy", "Vorlix Mining", "Vorlix");
    }

    @Test
    void lastWordAfterAbbreviationsTakesTheLongerName() {
        MentionTestSentences doc = document()
                .body("said an economist at J.K./ORG Vorbeck/ORG .")
                .body("Vorbeck/ORG expects more cuts .");
        assertThat(doc.companies()).containsExactly("J.K. Vorbeck");
    }

    @Test
    void shortNameOfABodyIsNoCompany() {
        MentionTestSentences doc = document()
                .body("The report by the US/ORG Pew/ORG Research/ORG Center/ORG reveals that searchers find what they want .")
                .body("According to Pew/ORG Research/ORG 44 % of searchers use one engine .");
        assertThat(doc.companies()).isEmpty();
    }

    @Test
    void personNamedLikeACompanyIsThatCompany() {
        MentionTestSentences doc = document()
                .body("The Zantor corporation was accused of bribery .")
                .body("At the time , Zantor/PER was trying to get a higher price .");
        assertThat(doc.mentions()).extracting(Mention::type).containsOnly(EntityType.COMPANY);
        assertThat(doc.companies()).containsExactly("Zantor");
    }

    @Test
    void nameReadMoreOftenAsAPersonIsAPerson() {
        MentionTestSentences doc = document()
                .body("The bank concealed Gen/PER Vorlock/PER 's assets .")
                .body("Thousands were killed under Gen/ORG Vorlock/ORG 's regime .")
                .body("Gen/PER Vorlock/PER himself was never tried .");
        assertThat(doc.companies()).isEmpty();
    }

    @Test
    void nameInCapitalsTakesTheMixedCaseName() {
        MentionTestSentences doc = document()
                .title("QUIBBLE/ORG SETS DIVIDEND")
                .body("Quibble/ORG Inc/ORG said it set a dividend .");
        assertThat(doc.companies()).containsExactly("Quibble");
    }
}
