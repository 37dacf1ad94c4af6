package org.brieflens.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Integrity of the data files packaged with brieflens, within each file and across files. */
class GazetteerDataTest {
    private static final String DIR = "/org/brieflens/gazetteer/";
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Set<String> COUNTRY_KINDS = Set.of("name", "alias", "demonym", "capital", "city", "subdivision");
    private static final Set<String> NOT_COMPANY_KINDS = Set.of("news_agency", "government", "regulator", "agency",
            "university", "ngo", "exchange", "political_party", "sports_club", "standards_body");

    /**
     * Ordinary English words that start sentences and fill headlines. A company or product named
     * by one of them, capitalised, must be guarded by word_like_names.txt, and none may be listed
     * in lower case. Deliberately general: most of these are no company's name today.
     */
    private static final Set<String> ORDINARY_WORDS = Set.of(
            "apple", "amazon", "oracle", "block", "square", "snap", "target", "box", "visa", "shell", "sun",
            "sharp", "gap", "alphabet", "discovery", "lime", "bird", "wish", "zoom", "slack", "match", "arm",
            "sea", "grab", "line", "signal", "opera", "scale", "canon", "fox", "orange", "three", "compass",
            "nest", "ring", "stripe", "palm", "wise", "coherent", "cadence", "flex", "gateway", "nuance",
            "sprint", "verily", "toss", "plaid", "signify", "chime", "audible", "circle", "ripple", "bolt",
            "unity", "harmony", "spark", "bloom", "frontier", "pilot", "beacon", "summit", "anchor",
            "bridge", "horizon", "pioneer", "vanguard", "genesis", "element", "fusion", "vector", "echo",
            "quest", "swift", "rapid", "stream", "current", "capital", "fortune", "general", "united", "global",
            "national", "standard", "first", "one", "true", "clear", "open", "next", "prime", "today",
            "monday", "may", "will", "said", "new", "the", "and", "us", "it", "all", "our", "more", "its");

    @Test
    void everyRowHasTheHeaderColumns() {
        for (String file : List.of("companies.tsv", "products.tsv", "countries.tsv", "country_regions.tsv",
                "macro_regions.tsv", "not_companies.tsv")) {
            List<String> lines = dataLines(file);
            int columns = lines.get(0).split("\t", -1).length;
            for (String line : lines.subList(1, lines.size())) {
                assertThat(line.split("\t", -1)).as("%s: %s", file, line).hasSize(columns);
            }
        }
    }

    @Test
    void companyIdsAreUniqueAndNamed() {
        List<Map<String, String>> companies = rows("companies.tsv");

        assertThat(companies).extracting(r -> r.get("id")).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(companies).extracting(r -> r.get("name")).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void everyParentExistsAndNoChainLoops() {
        Map<String, String> parentOf = new HashMap<>();
        rows("companies.tsv").forEach(r -> parentOf.put(r.get("id"), r.get("parent_id")));

        parentOf.forEach((id, parent) -> {
            if (!parent.isEmpty()) {
                assertThat(parentOf).as("parent of %s", id).containsKey(parent);
            }
            Set<String> seen = new HashSet<>();
            for (String at = id; at != null && !at.isEmpty(); at = parentOf.get(at)) {
                assertThat(seen.add(at)).as("parent chain of %s loops at %s", id, at).isTrue();
            }
        });
    }

    @Test
    void everyProductOwnerExists() {
        Set<String> ids = rows("companies.tsv").stream().map(r -> r.get("id")).collect(Collectors.toSet());

        assertThat(rows("products.tsv")).allSatisfy(r -> {
            assertThat(r.get("name")).isNotBlank();
            assertThat(ids).as("owner of %s", r.get("name")).contains(r.get("owner_id"));
        });
    }

    @Test
    void companyColumnsFollowTheHeaderComments() {
        Set<String> sectors = Set.of("semiconductors", "internet", "software", "cloud", "hardware", "telecom", "media",
                "ecommerce", "fintech", "automotive", "industrial", "ai", "gaming", "it_services", "other");
        for (Map<String, String> r : rows("companies.tsv")) {
            String id = r.get("id");
            assertThat(r.get("country")).as("country of %s", id).matches(c -> c.isEmpty() || ISO.contains(c));
            assertThat(r.get("sector")).as("sector of %s", id).isIn(sectors);
            assertThat(Tsv.list(r.get("tickers"))).as("tickers of %s", id)
                    .allSatisfy(t -> assertThat(t).matches("[A-Z]+:[A-Z0-9][A-Z0-9.&-]*"));
        }
    }

    @Test
    void countryFilesUseIsoCodesAndKnownKinds() {
        for (Map<String, String> r : rows("countries.tsv")) {
            assertThat(r.get("country_code")).as(r.get("surface")).isIn(ISO);
            assertThat(r.get("kind")).as(r.get("surface")).isIn(COUNTRY_KINDS);
        }
        assertThat(rows("country_regions.tsv")).extracting(r -> r.get("country_code"))
                .doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).isIn(ISO));
    }

    @Test
    void everyCountryHasANameAndARegionRow() {
        Set<String> named = rows("countries.tsv").stream().filter(r -> r.get("kind").equals("name"))
                .map(r -> r.get("country_code")).collect(Collectors.toSet());
        Set<String> placed = rows("country_regions.tsv").stream().map(r -> r.get("country_code")).collect(Collectors.toSet());

        assertThat(named).containsAll(ISO);
        assertThat(placed).containsAll(ISO);
    }

    @Test
    void macroRegionMembersAreIsoCodes() {
        List<Map<String, String>> macros = rows("macro_regions.tsv");

        assertThat(macros).extracting(r -> r.get("id")).doesNotHaveDuplicates();
        for (Map<String, String> r : macros) {
            List<String> members = Tsv.list(r.get("members"));
            assertThat(members).as(r.get("id")).isNotEmpty().doesNotHaveDuplicates();
            if (members.contains("*")) {
                assertThat(members).as(r.get("id")).containsExactly("*");
            } else {
                assertThat(members).as(r.get("id")).allSatisfy(m -> assertThat(m).isIn(ISO));
            }
        }
    }

    /** Macro regions that follow UN M49 have exactly the members country_regions.tsv places there. */
    @ParameterizedTest
    @ValueSource(strings = {"africa=Africa", "americas=Americas", "asia=Asia", "europe=Europe", "oceania=Oceania",
            "southeast-asia=/South-eastern Asia", "east-asia=/Eastern Asia", "central-asia=/Central Asia",
            "western-europe=/Western Europe", "eastern-europe=/Eastern Europe", "north-africa=/Northern Africa",
            "sub-saharan-africa=/Sub-Saharan Africa", "latin-america=/Latin America and the Caribbean"})
    void m49MacroRegionsAgreeWithCountryRegions(String mapping) {
        String id = mapping.substring(0, mapping.indexOf('='));
        String m49 = mapping.substring(mapping.indexOf('=') + 1);
        String column = m49.startsWith("/") ? "m49_subregion" : "m49_region";
        String value = m49.replace("/", "");
        Set<String> expected = rows("country_regions.tsv").stream().filter(r -> r.get(column).equals(value))
                .map(r -> r.get("country_code")).collect(Collectors.toSet());
        Map<String, String> macro = rows("macro_regions.tsv").stream().filter(r -> r.get("id").equals(id))
                .findFirst().orElseThrow();

        assertThat(expected).as(value).isNotEmpty();
        assertThat(Tsv.list(macro.get("members"))).as(id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void sameSurfaceNeverNamesTwoCompanies() {
        Map<String, Set<String>> idsBySurface = new HashMap<>();
        Map<String, Set<String>> idsByFullKey = new HashMap<>();
        companySurfaces().forEach((surface, id) -> {
            idsBySurface.computeIfAbsent(surface, k -> new LinkedHashSet<>()).addAll(id);
            idsByFullKey.computeIfAbsent(CompanyNames.fullKey(surface), k -> new LinkedHashSet<>()).addAll(id);
        });

        assertThat(idsBySurface).allSatisfy((surface, ids) -> assertThat(ids).as(surface).hasSize(1));
        // Also ignoring case and possessive: "Softbank" may not name another company than "SoftBank".
        assertThat(idsByFullKey).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
    }

    @Test
    void noCompanySurfaceIsARegionSurface() {
        Set<String> regionSurfaces = new HashSet<>();
        rows("countries.tsv").forEach(r -> regionSurfaces.add(r.get("surface")));
        rows("macro_regions.tsv").forEach(r -> {
            regionSurfaces.add(r.get("name"));
            regionSurfaces.addAll(Tsv.list(r.get("aliases")));
        });

        assertThat(companySurfaces().keySet()).doesNotContainAnyElementsOf(regionSurfaces);
    }

    @Test
    void surfacesAreTrimmedAndSingleSpaced() {
        List<String> all = new ArrayList<>(companySurfaces().keySet());
        rows("countries.tsv").forEach(r -> all.add(r.get("surface")));
        rows("not_companies.tsv").forEach(r -> all.add(r.get("surface")));
        // Raw cells: Tsv strips cells and drops empty list items, so look at the file itself.
        for (String file : List.of("companies.tsv", "products.tsv", "macro_regions.tsv", "countries.tsv")) {
            for (String line : dataLines(file)) {
                for (String cell : line.split("\t", -1)) {
                    if (!cell.isEmpty()) {
                        assertThat(cell.split("\\|", -1)).as("%s: %s", file, line)
                                .allSatisfy(item -> assertThat(item).isNotEmpty().isEqualTo(item.strip()));
                    }
                }
            }
        }
        assertThat(all).allSatisfy(s -> assertThat(s).isNotBlank().isEqualTo(s.strip()).doesNotContain("  ", "\u00A0"));
    }

    @Test
    void notCompaniesAreUniqueAndOfAKnownKind() {
        List<Map<String, String>> rows = rows("not_companies.tsv");

        assertThat(rows).extracting(r -> r.get("surface")).doesNotHaveDuplicates();
        assertThat(rows).extracting(r -> r.get("kind")).allSatisfy(k -> assertThat(k).isIn(NOT_COMPANY_KINDS));
    }

    @Test
    void everyWordLikeNameGuardsACompanyOrProductSurface() {
        List<String> wordLike = wordLikeNames();

        assertThat(wordLike).doesNotHaveDuplicates();
        assertThat(companySurfaces().keySet()).containsAll(wordLike);
    }

    @Test
    void companyNamedByAnOrdinaryWordIsGuarded() {
        Set<String> wordLike = Set.copyOf(wordLikeNames());
        List<String> capitalisedWords = companySurfaces().keySet().stream()
                .filter(s -> s.matches("\\p{Lu}\\p{Ll}+") && ORDINARY_WORDS.contains(s.toLowerCase(Locale.ROOT)))
                .toList();

        assertThat(capitalisedWords).isNotEmpty();
        assertThat(wordLike).containsAll(capitalisedWords);
    }

    @Test
    void noCompanyIsListedAsALowerCaseWord() {
        assertThat(companySurfaces().keySet()).noneMatch(ORDINARY_WORDS::contains);
    }

    // --- helpers ---

    /** Every company and product surface, with the ids of the companies it names. */
    private static Map<String, Set<String>> companySurfaces() {
        Map<String, Set<String>> surfaces = new LinkedHashMap<>();
        for (Map<String, String> r : rows("companies.tsv")) {
            Stream.concat(Stream.of(r.get("name")), Tsv.list(r.get("aliases")).stream())
                    .forEach(s -> surfaces.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(r.get("id")));
        }
        for (Map<String, String> r : rows("products.tsv")) {
            Stream.concat(Stream.of(r.get("name")), Tsv.list(r.get("aliases")).stream())
                    .forEach(s -> surfaces.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(r.get("owner_id")));
        }
        return surfaces;
    }

    private static List<Map<String, String>> rows(String file) {
        return Tsv.read(DIR + file);
    }

    private static List<String> wordLikeNames() {
        return dataLines("word_like_names.txt").stream().map(String::strip).toList();
    }

    /** Lines of a data file without comments and blank lines; the header, if any, first. */
    private static List<String> dataLines(String file) {
        InputStream in = GazetteerDataTest.class.getResourceAsStream(DIR + file);
        assertThat(in).as(file).isNotNull();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (IOException e) {
            throw new AssertionError(file, e);
        }
    }
}
