package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.brieflens.extract.MentionTestSentences.document;

import org.junit.jupiter.api.Test;

/** A known company followed by unit words or a region in one NER span names a company of its own. */
class OrganisationUnitsTest {
    @Test
    void unitOfAKnownCompanyHasItAsParent() {
        assertThat(document().body("said the chief of Nintendo/ORG Leasing/ORG which rents consoles .").mentions())
                .filteredOn(m -> m.type() == EntityType.COMPANY)
                .extracting(Mention::surface, Mention::entityName, Mention::resolved, Mention::parentId)
                .containsExactly(tuple("Nintendo Leasing", "Nintendo Leasing", false, "nintendo"));
        assertThat(document().body("said David/PER Yarnton/PER , Nintendo/LOC Norway/LOC 's general manager .").mentions())
                .filteredOn(m -> m.type() == EntityType.COMPANY)
                .extracting(Mention::entityName, Mention::parentId)
                .containsExactly(tuple("Nintendo Norway", "nintendo"));
    }

    @Test
    void firmThatOnlySharesAWordHasNoParent() {
        assertThat(document().body("according to Juniper/ORG Research/ORG .").mentions())
                .extracting(Mention::entityName, Mention::resolved, Mention::parentId)
                .containsExactly(tuple("Juniper Research", false, null));
    }

    @Test
    void otherWordsLeaveTheKnownCompany() {
        assertThat(document().body("Apple/ORG Zorbex/ORG sold well .").mentions())
                .extracting(Mention::surface).containsExactly("Apple");
    }

    @Test
    void twoKnownCompaniesInOneSpanAreBoth() {
        assertThat(document().body("Google/ORG &/ORG Microsoft/ORG compete .").companySurfaces())
                .containsExactly("Google", "Microsoft");
    }

    @Test
    void listSharesTheBusinessWordOfItsLastMember() {
        assertThat(document().body("with Delta/ORG , Continental/ORG and American/ORG Airlines/ORG all falling .")
                .mentions()).filteredOn(m -> m.surface().equals("Continental"))
                .extracting(Mention::entityId).containsExactly("continental-airlines");
    }
}
