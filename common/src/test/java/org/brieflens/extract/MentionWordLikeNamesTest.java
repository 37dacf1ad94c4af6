package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

/** Company names that are also words (word_like_names.txt) where the NER did not tag them. */
class MentionWordLikeNamesTest {
    @Test
    void coordinationWithACompanyConfirms() {
        assertThat(document().body("A joint venture between Reliance/ORG Industries/ORG and Meta began offering AI services .")
                .companySurfaces()).containsExactly("Reliance Industries", "Meta");
        assertThat(document().body("SAP/ORG and Oracle are expected to launch agent tools .").companySurfaces())
                .containsExactly("SAP", "Oracle");
    }

    @Test
    void companyNounBeforeOrCueAfterConfirms() {
        assertThat(document().body("Nvidia/ORG will supply accelerators alongside the French AI company Mistral .")
                .companySurfaces()).containsExactly("Nvidia", "Mistral");
        assertThat(document().body("Arm filed a new complaint in a Delaware/LOC court .").companySurfaces())
                .containsExactly("Arm");
        assertThat(document().body("The dispute pits one of Arm 's largest customers against it .").companySurfaces())
                .containsExactly("Arm");
    }

    @Test
    void theDocumentConfirmsTheCompanyForItsOtherMentions() {
        MentionTestSentences doc = document()
                .body("Why are Arm and Qualcomm/ORG back in court ?")
                .body("Arm is moving toward selling complete chip designs .");
        assertThat(doc.mentions()).filteredOn(m -> m.surface().equals("Arm")).hasSize(2);
        assertThat(document().body("Google/ORG said it would invest .").body("Alphabet already holds a stake .")
                .companySurfaces()).containsExactly("Google", "Alphabet");
    }

    @Test
    void ordinaryWordsStayWords() {
        assertThat(document().body("Apple pie is a classic dessert .").mentions()).isEmpty();
        assertThat(document().body("Palm oil prices rose .").mentions()).isEmpty();
        assertThat(document().body("Loggers are clearing the Amazon rainforest .").mentions()).isEmpty();
        // Also where the document names the company: the noun phrase is no mention of it.
        assertThat(document().body("Apple/ORG shares rose 3 % .").body("Apple pie is a classic dessert .")
                .companySurfaces()).containsExactly("Apple");
    }

    @Test
    void capitalisedNeighbourMakesItPartOfAnotherName() {
        assertThat(document().body("Ships crossed the Red Sea on Monday and SAP/ORG said so .").companySurfaces())
                .containsExactly("SAP");
    }
}
