package org.brieflens.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The resolver on the packaged data, plus a few precedence rules on a gazetteer built here. */
class CompanyGazetteerTest {
    private static final CompanyGazetteer GAZETTEER = CompanyGazetteer.packaged();

    @Test
    void packagedIsLoadedOnce() {
        assertThat(CompanyGazetteer.packaged()).isSameAs(GAZETTEER);
    }

    @Test
    void formerNameResolvesToTheCurrentCompany() {
        CompanyMatch facebook = GAZETTEER.resolve("Facebook").orElseThrow();

        assertThat(facebook.product()).isFalse();
        assertThat(facebook.company().id()).isEqualTo("Q380");
        assertThat(facebook.company().name()).isEqualTo("Meta Platforms");
        assertThat(facebook.parent()).isNull();
    }

    @Test
    void legalFormAndDesignatorsReachTheListedCompany() {
        assertThat(GAZETTEER.resolve("Alibaba Group Holding Ltd.")).get()
                .extracting(m -> m.company().name()).isEqualTo("Alibaba Group");
        assertThat(GAZETTEER.resolve("Alibaba Group Holding Ltd.'s")).map(m -> m.company().id()).contains("Q1359568");
        assertThat(GAZETTEER.resolve("Sony Group Corporation")).map(m -> m.company().name()).contains("Sony");
        assertThat(GAZETTEER.resolve("Oracle Corp.\u2019s")).map(m -> m.company().name()).contains("Oracle");
    }

    @Test
    void subsidiaryCarriesItsParent() {
        CompanyMatch aws = GAZETTEER.resolve("AWS").orElseThrow();

        assertThat(aws.product()).isFalse();
        assertThat(aws.company().name()).isEqualTo("Amazon Web Services");
        assertThat(aws.parent()).isNotNull();
        assertThat(aws.parent().name()).isEqualTo("Amazon");
        assertThat(aws.parent().id()).isEqualTo(aws.company().parentId());

        CompanyMatch instagram = GAZETTEER.resolve("Instagram").orElseThrow();
        assertThat(instagram.company().name()).isEqualTo("Instagram");
        assertThat(instagram.parent().name()).isEqualTo("Meta Platforms");
    }

    @Test
    void productStandsForItsOwner() {
        for (String surface : List.of("Azure", "Microsoft Azure")) {
            CompanyMatch azure = GAZETTEER.resolve(surface).orElseThrow();
            assertThat(azure.product()).as(surface).isTrue();
            assertThat(azure.company().name()).as(surface).isEqualTo("Microsoft");
            assertThat(azure.parent()).as(surface).isNull();
        }
        // A product of a subsidiary carries the subsidiary and its parent.
        CompanyMatch bedrock = GAZETTEER.resolve("Amazon Bedrock").orElseThrow();
        assertThat(bedrock.product()).isTrue();
        assertThat(bedrock.company().name()).isEqualTo("Amazon Web Services");
        assertThat(bedrock.parent().name()).isEqualTo("Amazon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nvidia", "NVIDIA", "nvidia corp", "Nvidia Corporation's", "NVIDIA CORP."})
    void resolveIgnoresCaseAndLegalForm(String surface) {
        assertThat(GAZETTEER.resolve(surface)).map(m -> m.company().id()).contains("Q182477");
    }

    @Test
    void exactIsCaseSensitive() {
        assertThat(GAZETTEER.exact("Apple")).map(m -> m.company().id()).contains("Q312");
        assertThat(GAZETTEER.exact("apple")).isEmpty();
        assertThat(GAZETTEER.exact("APPLE")).isEmpty();
        assertThat(GAZETTEER.exact("Apple Inc.")).isEmpty();
        assertThat(GAZETTEER.surfaces()).contains("Apple", "AWS", "Microsoft Azure").doesNotContain("apple");
    }

    @Test
    void newsAgencyIsNotACompany() {
        assertThat(GAZETTEER.notCompany("Reuters")).isTrue();
        assertThat(GAZETTEER.notCompany("Reuters'")).isTrue();
        assertThat(GAZETTEER.resolve("Reuters")).isEmpty();
    }

    @Test
    void listedNonCompanyIsNotResolvedThroughALooserKey() {
        // "Bloomberg L.P." and "The New York Times Company" reduce to the keys of the news outlets.
        assertThat(GAZETTEER.resolve("Bloomberg")).isEmpty();
        assertThat(GAZETTEER.resolve("The New York Times")).isEmpty();
        assertThat(GAZETTEER.resolve("Nikkei")).isEmpty();
        // The companies themselves, written with their legal form, still resolve.
        assertThat(GAZETTEER.resolve("Bloomberg L.P.")).map(m -> m.company().id()).contains("bloomberg-lp");
        assertThat(GAZETTEER.resolve("Bloomberg LP")).map(m -> m.company().id()).contains("bloomberg-lp");
        assertThat(GAZETTEER.resolve("New York Times Co.")).map(m -> m.company().id()).contains("nyt-company");
    }

    @Test
    void nameListedAsBothCompanyAndNewsOutletResolvesAsTheCompany() {
        assertThat(GAZETTEER.notCompany("Thomson Reuters")).isTrue();
        assertThat(GAZETTEER.resolve("Thomson Reuters")).map(m -> m.company().id()).contains("thomson-reuters");
        assertThat(GAZETTEER.resolve("THOMSON REUTERS")).map(m -> m.company().id()).contains("thomson-reuters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"European Commission", "the European Commission", "Stanford University",
            "Federal Trade Commission", "Linux Foundation", "Nasdaq"})
    void governmentsUniversitiesAndExchangesAreNotCompanies(String surface) {
        assertThat(GAZETTEER.notCompany(surface)).isTrue();
        assertThat(GAZETTEER.resolve(surface)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oracle", "Alibaba Cloud", "Zorblax Dynamics"})
    void companiesAndUnknownNamesAreNotNonCompanies(String surface) {
        assertThat(GAZETTEER.notCompany(surface)).isFalse();
    }

    @Test
    void unknownNameDoesNotResolve() {
        assertThat(GAZETTEER.resolve("Zorblax Dynamics Corp.")).isEmpty();
        assertThat(GAZETTEER.resolve("")).isEmpty();
    }

    @Test
    void nameWithItsLegalFormIsToldApartFromANameItReducesTo() {
        // "SoftBank Corp." (the telecom arm) and "SoftBank" (the group) share the key "softbank".
        assertThat(GAZETTEER.resolve("SoftBank")).map(m -> m.company().id()).contains("softbank-group");
        assertThat(GAZETTEER.resolve("SoftBank's")).map(m -> m.company().id()).contains("softbank-group");
        assertThat(GAZETTEER.resolve("SoftBank Corp")).map(m -> m.company().id()).contains("softbank-corp");
        assertThat(GAZETTEER.resolve("SoftBank Corp.'s")).map(m -> m.company().id()).contains("softbank-corp");
        // "LG Corp" (the holding) and "LG" (alias of LG Electronics) share the key "lg".
        assertThat(GAZETTEER.resolve("LG")).map(m -> m.company().id()).contains("lg-electronics");
        assertThat(GAZETTEER.resolve("LG's")).map(m -> m.company().id()).contains("lg-electronics");
        assertThat(GAZETTEER.resolve("LG Corp's")).map(m -> m.company().id()).contains("lg-corp");
    }

    @Test
    void companyById() {
        assertThat(GAZETTEER.company("aws")).extracting(Company::name, Company::parentId, Company::country)
                .containsExactly("Amazon Web Services", "Q3884", "US");
        assertThat(GAZETTEER.company("no-such-id")).isNull();
        assertThat(GAZETTEER.company(null)).isNull();
        assertThat(GAZETTEER.companies()).contains(GAZETTEER.company("Q312"));
    }

    // --- precedence rules, on a small gazetteer ---

    private static final Company ACME = new Company("acme", "Acme", List.of("Acme Corp"), List.of(), "US", null, "other");
    private static final Company ROCKET = new Company("rocket", "Rocket Labs", List.of(), List.of(), "US", "acme", "other");
    private static final Company WIDGET = new Company("widget", "Widget", List.of(), List.of(), "GB", null, "other");

    @Test
    void companyNameWinsOverAProductOfTheSameName() {
        CompanyGazetteer gazetteer = new CompanyGazetteer(List.of(ACME, WIDGET),
                Map.of("acme", List.of("Widget", "Acme Widget")), Set.of());

        assertThat(gazetteer.exact("Widget")).get().extracting(CompanyMatch::product, m -> m.company().id())
                .containsExactly(false, "widget");
        assertThat(gazetteer.exact("Acme Widget")).get().extracting(CompanyMatch::product, m -> m.company().id())
                .containsExactly(true, "acme");
    }

    @Test
    void productOfAnUnknownOwnerIsIgnored() {
        CompanyGazetteer gazetteer = new CompanyGazetteer(List.of(ACME), Map.of("nobody", List.of("Gizmo")), Set.of());

        assertThat(gazetteer.resolve("Gizmo")).isEmpty();
        assertThat(gazetteer.surfaces()).containsExactlyInAnyOrder("Acme", "Acme Corp");
    }

    @Test
    void parentIsLinkedAndFirstListingOfAnIdWins() {
        Company duplicate = new Company("acme", "Acme Duplicate", List.of(), List.of(), "FR", null, "other");
        CompanyGazetteer gazetteer = new CompanyGazetteer(List.of(ACME, ROCKET, duplicate), Map.of(), Set.of());

        assertThat(gazetteer.resolve("Rocket Labs Inc.")).get().extracting(m -> m.parent().name()).isEqualTo("Acme");
        assertThat(gazetteer.company("acme").name()).isEqualTo("Acme");
    }

    @Test
    void exactSurfaceBeatsNonCompanyListingButLooserKeysDoNot() {
        CompanyGazetteer gazetteer = new CompanyGazetteer(List.of(ACME, WIDGET), Map.of(), Set.of("Acme", "Widget Inc."));

        // "Acme" is a listed company surface and a listed non-company: the company wins.
        assertThat(gazetteer.resolve("Acme")).isPresent();
        assertThat(gazetteer.notCompany("Acme")).isTrue();
        // "Widget Inc." is listed as a non-company as written; "Widget" itself is a company.
        assertThat(gazetteer.resolve("Widget Inc.")).isEmpty();
        assertThat(gazetteer.resolve("Widget")).isPresent();
        assertThat(gazetteer.resolve("Widget Ltd")).isPresent();
    }

    @Test
    void kindOfAListedNonCompany() {
        assertThat(GAZETTEER.notCompanyKind("BBC")).contains("news_agency");
        assertThat(GAZETTEER.notCompanyKind("Nvidia")).isEmpty();
    }
}
