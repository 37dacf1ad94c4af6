package org.brieflens.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Oracle Corp.'s        | Oracle",
            "Oracle's              | Oracle",
            "Oracle's.             | Oracle",
            "Siemens'              | Siemens",
            "Apple Inc.'s          | Apple",
            "BYJU'S                | BYJU",
            "Amazon.com Inc.'s     | Amazon.com"})
    void dropsThePossessiveAndTheLegalFormBeforeIt(String surface, String display) {
        assertThat(CompanyNames.display(surface)).isEqualTo(display);
    }

    @Test
    void possessiveGivesTheSameKeyAsTheBareName() {
        assertThat(CompanyNames.key("Oracle Corp.'s")).isEqualTo(CompanyNames.key("ORACLE")).isEqualTo("oracle");
        assertThat(CompanyNames.baseKey("Oracle Corp.'s")).isEqualTo("oracle");
    }

    @Test
    void curlyApostropheIsAnApostrophe() {
        assertThat(CompanyNames.display("Oracle Corp.\u2019s")).isEqualTo("Oracle");
        assertThat(CompanyNames.key("Byju\u2019s")).isEqualTo(CompanyNames.key("Byju's"));
        assertThat(CompanyNames.display("Dunkin\u2019")).isEqualTo("Dunkin");
    }

    @Test
    void legalFormIsDroppedButDesignatorsOnlyFromTheBaseKey() {
        String alibaba = "Alibaba Group Holding Ltd.";

        assertThat(CompanyNames.display(alibaba)).isEqualTo("Alibaba Group Holding");
        assertThat(CompanyNames.key(alibaba)).isEqualTo("alibaba group holding");
        assertThat(CompanyNames.baseKey(alibaba)).isEqualTo("alibaba");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Samsung Electronics Co., Ltd.   | Samsung Electronics",
            "Alphabet, Inc.                  | Alphabet",
            "Siemens AG                      | Siemens",
            "Telefónica, S.A.                | Telefónica",
            "ASML Holding N.V.               | ASML Holding",
            "Infosys Limited                 | Infosys",
            "Foo GmbH & Co. KG               | Foo",
            "Novo Nordisk A/S                | Novo Nordisk",
            "Tata Consultancy Services Pvt. Ltd. | Tata Consultancy Services",
            "Meta Platforms Incorporated     | Meta Platforms"})
    void dropsEveryTrailingLegalForm(String surface, String display) {
        assertThat(CompanyNames.display(surface)).isEqualTo(display);
    }

    @Test
    void keepsLegalFormWordsThatAreNotAtTheEnd() {
        assertThat(CompanyNames.display("Inc. Magazine")).isEqualTo("Inc. Magazine");
        assertThat(CompanyNames.display("AB InBev")).isEqualTo("AB InBev");
        assertThat(CompanyNames.baseKey("International Business Machines Corp."))
                .isEqualTo("international business machines");
    }

    @Test
    void baseKeyDropsDesignatorsAndTheLegalFormAfterThem() {
        assertThat(CompanyNames.baseKey("Sony Group Corp.")).isEqualTo("sony");
        assertThat(CompanyNames.baseKey("Magna International Inc.")).isEqualTo("magna");
        assertThat(CompanyNames.baseKey("CK Hutchison Holdings Ltd")).isEqualTo("ck hutchison");
        // The designator stays in the display name and in the strict key.
        assertThat(CompanyNames.key("Sony Group Corp.")).isEqualTo("sony group");
    }

    @Test
    void leadingTheIsDroppedAsAWordOnly() {
        assertThat(CompanyNames.display("The Trade Desk")).isEqualTo("Trade Desk");
        assertThat(CompanyNames.display("the Walt Disney Co.")).isEqualTo("Walt Disney");
        assertThat(CompanyNames.display("THE New York Times Company's")).isEqualTo("New York Times");
        assertThat(CompanyNames.display("Theranos Inc.")).isEqualTo("Theranos");
        assertThat(CompanyNames.display("The")).isEqualTo("The");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Corp.", "Limited", "Inc", "LLC", "Company"})
    void nameThatIsOnlyALegalFormIsKept(String surface) {
        String bare = surface.replace(".", "");

        assertThat(CompanyNames.display(surface)).isEqualTo(bare);
        assertThat(CompanyNames.key(surface)).isEqualTo(bare.toLowerCase(Locale.ROOT));
        assertThat(CompanyNames.baseKey(surface)).isEqualTo(bare.toLowerCase(Locale.ROOT));
    }

    @Test
    void nameOfOnlyDesignatorsAndLegalFormsNeverBecomesEmpty() {
        assertThat(CompanyNames.display("The Company")).isEqualTo("Company");
        assertThat(CompanyNames.baseKey("Holdings Ltd")).isEqualTo("holdings");
        assertThat(CompanyNames.baseKey("Group")).isEqualTo("group");
        assertThat(CompanyNames.display(", Inc.")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Deere & Co.            | Deere",
            "Deere & Co             | Deere",
            "Dow Jones & Company    | Dow Jones",
            "Procter & Gamble Co.   | Procter & Gamble",
            "Johnson & Johnson      | Johnson & Johnson",
            "AT&T Inc.              | AT&T",
            "Larsen & Toubro        | Larsen & Toubro"})
    void ampersandCompanyIsALegalForm(String surface, String display) {
        assertThat(CompanyNames.display(surface)).isEqualTo(display);
    }

    @Test
    void whiteSpaceIsCollapsedIncludingLineBreaksAndNoBreakSpaces() {
        assertThat(CompanyNames.display("  Alibaba \n  Cloud  ")).isEqualTo("Alibaba Cloud");
        assertThat(CompanyNames.display("Alibaba\u00A0Cloud\u00A0Ltd.")).isEqualTo("Alibaba Cloud");
        assertThat(CompanyNames.key("The\u00A0Trade Desk")).isEqualTo("trade desk");
    }

    @Test
    void keyIgnoresCaseAndLegalForm() {
        assertThat(CompanyNames.key("NVIDIA CORP")).isEqualTo(CompanyNames.key("Nvidia Corporation")).isEqualTo("nvidia");
    }

    @Test
    void fullKeyKeepsTheLegalFormSoItCanTellCompaniesApart() {
        assertThat(CompanyNames.fullKey("SoftBank Corp.'s")).isEqualTo("softbank corp");
        assertThat(CompanyNames.fullKey("SOFTBANK CORP")).isEqualTo("softbank corp");
        assertThat(CompanyNames.fullKey("The Trade Desk")).isEqualTo("trade desk");
        assertThat(CompanyNames.key("SoftBank Corp.")).isEqualTo(CompanyNames.key("SoftBank"));
        assertThat(CompanyNames.fullKey("SoftBank Corp.")).isNotEqualTo(CompanyNames.fullKey("SoftBank"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jefferies and Co        | Jefferies",
            "Baring Brothers and Co. | Baring Brothers",
            "Marks and Spencer       | Marks and Spencer"})
    void conjunctionBeforeALegalFormGoesWithIt(String surface, String display) {
        assertThat(CompanyNames.display(surface)).isEqualTo(display);
    }

    @Test
    void legalFormWords() {
        assertThat(CompanyNames.legalForm("Co.")).isTrue();
        assertThat(CompanyNames.legalForm("LTD")).isTrue();
        assertThat(CompanyNames.legalForm("Capital")).isFalse();
    }
}
