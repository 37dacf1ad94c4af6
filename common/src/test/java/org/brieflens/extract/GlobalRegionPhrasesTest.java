package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalRegionPhrasesTest {
    @ParameterizedTest
    @ValueSource(strings = {"It ships three million units worldwide .", "Libraries around the world will benefit .",
            "The world economy will regain momentum .", "Renault intends to grow its global sales .",
            "Taiwan/LOC 's role in global chip supply is a worry .", "Fines can reach ten percent of global annual turnover .",
            "More than 674 million mobiles were sold globally .", "Global demand fell .",
            "Production at fields across the globe rose ."})
    void explicitWorldwideStatementIsGlobal(String sentence) {
        assertThat(document().body(sentence).macroRegions()).containsExactly("global");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Exxon/ORG is the world 's largest oil company .", "It would help global security .",
            "A single global product can end up different .", "Its Global/ORG Investors/ORG wing made money .",
            "Its Global Investors wing made money .", "The World/ORG Trade/ORG Organisation/ORG met .",
            "Global cloud providers need partners ."})
    void rankingsLooseUsesAndNamesAreNot(String sentence) {
        assertThat(document().body(sentence).macroRegions()).doesNotContain("global");
    }

    @ParameterizedTest
    @ValueSource(strings = {"western Europe=western-europe", "north America=north-america", "south east Asian=southeast-asia",
            "south-east Asia=southeast-asia", "the eurozone bloc=eurozone", "continental Europe=europe"})
    void multiWordMacroRegionMatchesInLowerCase(String mapping) {
        String text = mapping.substring(0, mapping.indexOf('='));
        assertThat(document().body("Sales rose in " + text + " .").macroRegions())
                .containsExactly(mapping.substring(mapping.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"european", "asia", "africa"})
    void oneGenericWordDoesNotMatchInLowerCase(String word) {
        assertThat(document().body("Sales rose in " + word + " .").macroRegions()).isEmpty();
    }
}
