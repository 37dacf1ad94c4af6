package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {
    @Test
    void acronymOfABodyIsNoCompanyAnywhereInTheDocument() {
        MentionTestSentences doc = document()
                .body("Tourism employs 19 million people , according to the World/ORG Travel/ORG and/ORG Tourism/ORG "
                        + "Council/ORG ( WTTC/ORG ) .")
                .body("The WTTC/ORG expects a slow recovery .");
        assertThat(doc.companies()).isEmpty();
    }

    @Test
    void longNameSplitByTheNerIsClaimedWhole() {
        assertThat(document().body("the Royal/ORG National/ORG Institute/ORG of/PER the/PER Blind/PER ( RNIB/ORG ) "
                + "is looking at it .").mentions()).isEmpty();
    }

    @Test
    void acronymOfATermIsNoCompany() {
        assertThat(document().body("lines using so-called Carrier Pre-Section ( CPS ) services .")
                .body("Many firms offer CPS/ORG services .").companies()).isEmpty();
        assertThat(document().body("The WTO/ORG will end its Multi-Fibre Agreement ( MFA ) .")
                .body("The MFA/ORG pact helped poor countries .").companies()).isEmpty();
    }

    @Test
    void unresolvedCompanyIsNamedByTheFormTheDocumentUsesMore() {
        MentionTestSentences doc = document()
                .body("Firms led by the Zorblax/ORG &/ORG Quantum/ORG Dynamics/ORG Corporation/ORG ( ZQDC/ORG ) will help .")
                .body("ZQDC/ORG said it was in talks .")
                .body("ZQDC/ORG and the National/ORG Vorlian/ORG Oil/ORG Company/ORG ( NVOC/ORG ) reached a deal .");
        assertThat(doc.companies()).containsExactlyInAnyOrder("ZQDC", "National Vorlian Oil");
    }

    @Test
    void acronymOfAKnownCompanyResolvesLikeItsLongName() {
        MentionTestSentences doc = document()
                .body("Amazon/ORG Web/ORG Services/ORG ( AWS/ORG ) cut prices .")
                .body("AWS/ORG said demand was strong .");
        assertThat(doc.mentions()).extracting(Mention::entityId).containsOnly("aws");
    }

    @Test
    void acronymNeedsMatchingInitials() {
        assertThat(AcronymDefinitions.acronym("WTTC")).isTrue();
        assertThat(AcronymDefinitions.acronym("AAPL")).isTrue();
        assertThat(AcronymDefinitions.acronym("Apple")).isFalse();
        assertThat(document().body("Shares of Apple/ORG ( AAPL ) rose .").mentions())
                .extracting(Mention::surface).containsExactly("Apple");
    }
}
