package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTypesTest {
    private static final OrganisationTypes TYPES = OrganisationTypes.packaged();

    @ParameterizedTest
    @ValueSource(strings = {"World Trade Organisation", "Paris Club", "Irish Stock Exchange", "Sao Paolo Stock Exchange",
            "World Travel and Tourism Council", "Institute for Supply Management", "Federal Natural Resources Agency",
            "Tourism Authority", "Tourism Authority of Thailand", "New York Public Library",
            "Oxford University Library Services", "Marlin Joint Development Association", "Coral Consortium",
            "Pew Research Center", "National Football League", "Royal National Institute of the Blind",
            "Three Gorges Dam", "Reserve Bank of India", "Multi-Fibre Agreement", "Irish stock exchange"})
    void nameWithANonBusinessHeadIsNoCompany(String name) {
        assertThat(TYPES.nonCompanyName(Arrays.asList(name.split(" ")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bank of America", "Amazon Web Services", "Juniper Research", "Goldman Sachs",
            "Yangtze Electric Power", "Cairn Energy", "Digital Rights", "Royal Bank of Scotland", "Apple"})
    void businessNameIsNotTakenForABody(String name) {
        assertThat(TYPES.nonCompanyName(Arrays.asList(name.split(" ")))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NAND", "ERP", "UMD", "DRAM", "5G", "AI", "LLM", "GPU", "Digital Rights Management",
            "digital rights management"})
    void technologyTermsAreRecognised(String term) {
        assertThat(TYPES.technologyTerm(term)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nand", "Nvidia", "Rights", "AMD"})
    void acronymTermsMatchAsWritten(String word) {
        assertThat(TYPES.technologyTerm(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"game", "console", "drug", "title", "format"})
    void productNouns(String noun) {
        assertThat(TYPES.productNoun(noun)).isTrue();
        assertThat(TYPES.nonCompanyNoun(noun)).isFalse();
    }
}
