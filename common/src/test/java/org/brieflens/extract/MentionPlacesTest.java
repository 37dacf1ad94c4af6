package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

/** Places several countries share are read by the rest of the document. */
class MentionPlacesTest {
    @Test
    void georgiaNextToAtlantaIsTheUsState() {
        assertThat(document().body("The plant in Georgia/LOC will supply Atlanta/LOC .").countries()).containsExactly("US");
    }

    @Test
    void georgiaNextToTbilisiIsTheCountry() {
        assertThat(document().body("Investors in Georgia/LOC cheered .").body("Tbilisi/LOC hopes for more .").countries())
                .containsExactly("GE");
    }

    @Test
    void cambridgeInABritishStoryIsInEngland() {
        assertThat(document().body("The Cambridge/LOC firm expanded in the UK/LOC .").countries())
                .containsExactlyInAnyOrder("GB");
    }

    @Test
    void withoutContextTheFirstListedReadingStays() {
        assertThat(document().body("Sales in Georgia/LOC rose .").countries()).containsExactly("US");
    }
}
