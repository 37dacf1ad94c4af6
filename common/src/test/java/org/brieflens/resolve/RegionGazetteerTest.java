package org.brieflens.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionGazetteerTest {
    private static final RegionGazetteer REGIONS = RegionGazetteer.packaged();

    @Test
    void packagedIsLoadedOnce() {
        assertThat(RegionGazetteer.packaged()).isSameAs(REGIONS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Japanese       | JP | Japan         | demonym",
            "Tokyo          | JP | Japan         | capital",
            "Shenzhen       | CN | China         | city",
            "Texas          | US | United States | subdivision",
            "Korean         | KR | South Korea   | demonym",
            "UK             | GB | United Kingdom| alias",
            "Vietnam        | VN | Vietnam       | name"})
    void surfaceNamesItsCountry(String surface, String code, String name, String via) {
        Region region = REGIONS.lookup(surface).orElseThrow();

        assertThat(region.id()).isEqualTo(code);
        assertThat(region.countryCode()).isEqualTo(code);
        assertThat(region.name()).isEqualTo(name);
        assertThat(region.macroRegion()).isFalse();
        assertThat(region.via()).isEqualTo(via);
    }

    @ParameterizedTest
    @ValueSource(strings = {"United States", "the United States", "The United States", "U.S.", "the U.S.", "US",
            "USA", "United States of America", "  U.S. "})
    void unitedStatesByAnyOfItsNames(String surface) {
        assertThat(REGIONS.lookup(surface)).map(Region::countryCode).contains("US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "u.s.", "the us", "japanese", "tokyo", "TOKYO", "United", "the", ""})
    void lookupIsCaseSensitiveAndExact(String surface) {
        assertThat(REGIONS.lookup(surface)).isEmpty();
    }

    @Test
    void macroRegionHasItsMembers() {
        Region southeastAsia = REGIONS.lookup("Southeast Asia").orElseThrow();

        assertThat(southeastAsia.macroRegion()).isTrue();
        assertThat(southeastAsia.id()).isEqualTo("southeast-asia");
        assertThat(southeastAsia.countryCode()).isNull();
        assertThat(southeastAsia.via()).isEqualTo("macro");
        assertThat(REGIONS.members("southeast-asia")).contains("SG", "ID", "VN", "TH", "MY", "PH")
                .doesNotContain("CN", "JP", "IN", "AU").doesNotHaveDuplicates();
        assertThat(REGIONS.lookup("ASEAN")).contains(southeastAsia);
        assertThat(REGIONS.lookup("South-East Asia")).contains(southeastAsia);
    }

    @Test
    void apacIsAsiaPacific() {
        Region apac = REGIONS.lookup("APAC").orElseThrow();

        assertThat(apac.macroRegion()).isTrue();
        assertThat(apac.name()).isEqualTo("Asia-Pacific");
        assertThat(REGIONS.lookup("Asia-Pacific")).contains(apac);
        assertThat(REGIONS.members(apac.id())).contains("JP", "CN", "AU", "IN", "SG").doesNotContain("US", "DE");
    }

    @Test
    void macroRegionAfterThe() {
        assertThat(REGIONS.lookup("the Middle East")).map(Region::id).contains("middle-east");
    }

    @Test
    void globalRegionHasTheWildcardMember() {
        Region global = REGIONS.lookup("Global").orElseThrow();

        assertThat(REGIONS.members(global.id())).containsExactly("*");
        assertThat(REGIONS.lookup("Worldwide")).contains(global);
    }

    @Test
    void memberCountriesExpandTheWildcard() {
        Region global = REGIONS.lookup("Global").orElseThrow();

        assertThat(REGIONS.memberCountries(global.id())).hasSameElementsAs(REGIONS.countryCodes()).contains("US", "JP");
        assertThat(REGIONS.memberCountries("southeast-asia")).isEqualTo(REGIONS.members("southeast-asia"));
        assertThat(REGIONS.memberCountries("atlantis")).isEmpty();
    }

    @Test
    void unknownMacroRegionHasNoMembers() {
        assertThat(REGIONS.members("atlantis")).isEmpty();
        assertThat(REGIONS.members("JP")).isEmpty();
    }

    @Test
    void everyIsoCodeIsACountryCode() {
        for (String code : Locale.getISOCountries()) {
            assertThat(REGIONS.isCountryCode(code)).as(code).isTrue();
            assertThat(REGIONS.countryName(code)).as(code).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UK", "EU", "XX", "us", "USA", ""})
    void otherStringsAreNotCountryCodes(String code) {
        assertThat(REGIONS.isCountryCode(code)).isFalse();
        assertThat(REGIONS.countryName(code)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "KR | South Korea",
            "KP | North Korea",
            "US | United States",
            "GB | United Kingdom",
            "TW | Taiwan",
            "HK | Hong Kong",
            "MO | Macau",
            "CI | Ivory Coast",
            "MM | Myanmar"})
    void countryNameReadsNaturally(String code, String name) {
        assertThat(REGIONS.countryName(code)).isEqualTo(name);
    }

    @Test
    void everyCountryNameLeadsBackToItsCountryUnlessTheNameIsListedForAnother() {
        // Surfaces deliberately listed under two countries (e.g. Georgia) go to the first listing.
        Map<String, Set<String>> codesBySurface = Tsv.read("/org/brieflens/gazetteer/countries.tsv").stream()
                .collect(Collectors.groupingBy(r -> r.get("surface"),
                        Collectors.mapping(r -> r.get("country_code"), Collectors.toSet())));
        for (String code : Locale.getISOCountries()) {
            String name = REGIONS.countryName(code);
            Region region = REGIONS.lookup(name).orElseThrow(() -> new AssertionError("no region for " + name));
            if (codesBySurface.getOrDefault(name, Set.of()).size() <= 1) {
                assertThat(region.countryCode()).as(name).isEqualTo(code);
            }
        }
    }

    @Test
    void jdkEnglishNameIsAFallbackSurface() {
        // Names such as "Myanmar (Burma)" are not listed in countries.tsv: the JDK's English name knows them.
        Set<String> listed = Tsv.read("/org/brieflens/gazetteer/countries.tsv").stream()
                .map(r -> r.get("surface")).collect(Collectors.toSet());
        for (String code : Locale.getISOCountries()) {
            String jdkName = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!listed.contains(jdkName)) {
                assertThat(REGIONS.lookup(jdkName)).as(jdkName).map(Region::countryCode).contains(code);
            }
        }
    }

    @Test
    void firstListingOfAnAmbiguousSurfaceWins() {
        assertThat(REGIONS.lookup("Georgia")).map(Region::countryCode).contains("US");
        assertThat(REGIONS.lookup("Tbilisi")).map(Region::countryCode).contains("GE");
        assertThat(REGIONS.countryName("GE")).isEqualTo("Georgia");
    }

    @Test
    void surfacesCoverCountriesAndMacroRegions() {
        assertThat(REGIONS.surfaces()).contains("Japan", "Japanese", "Tokyo", "Southeast Asia", "APAC")
                .doesNotContain("us");
        assertThat(List.copyOf(REGIONS.surfaces())).allSatisfy(s -> assertThat(REGIONS.lookup(s)).as(s).isPresent());
    }

    @Test
    void sharedNameHasEveryReadingTheLookupOneFirst() {
        assertThat(REGIONS.readings("Georgia")).extracting(Region::countryCode).containsExactly("US", "GE");
        assertThat(REGIONS.readings("Georgia").get(0)).isEqualTo(REGIONS.lookup("Georgia").orElseThrow());
        assertThat(REGIONS.readings("Cambridge")).extracting(Region::countryCode).contains("GB", "US");
        assertThat(REGIONS.readings("Japan")).extracting(Region::countryCode).containsExactly("JP");
        assertThat(REGIONS.readings("Atlantis")).isEmpty();
    }

    @Test
    void lowerCaseEurozoneIsListed() {
        assertThat(REGIONS.lookup("eurozone")).map(Region::id).contains("eurozone");
        assertThat(REGIONS.lookup("South East Asian")).map(Region::id).contains("southeast-asia");
    }
}
