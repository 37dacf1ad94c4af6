package org.brieflens.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries and macro regions. Countries are the JDK's ISO 3166-1 list with their English names,
 * extended by {@code gazetteer/countries.tsv} (aliases, demonyms, capitals, cities, subdivisions);
 * macro regions and their member countries come from {@code gazetteer/macro_regions.tsv}.
 * Surfaces are matched exactly as written (case matters: "US" is a country, "us" is not).
 */
public final class RegionGazetteer {
    private static final String COUNTRIES = "/org/brieflens/gazetteer/countries.tsv";
    private static final String MACRO_REGIONS = "/org/brieflens/gazetteer/macro_regions.tsv";

    private final Map<String, String> countryNames;
    private final Map<String, Region> bySurface = new HashMap<>();
    /** Surfaces listed for more than one country ("Georgia", "Cambridge"), with every reading in file order. */
    private final Map<String, List<Region>> ambiguous = new HashMap<>();
    private final Map<String, List<String>> macroMembers = new LinkedHashMap<>();

    private RegionGazetteer(Map<String, String> countryNames) {
        this.countryNames = countryNames;
    }

    /** The gazetteer packaged with brieflens, loaded once per JVM. */
    public static RegionGazetteer packaged() {
        return Holder.INSTANCE;
    }

    /** The region a surface names exactly, also after dropping a leading "the". */
    public Optional<Region> lookup(String surface) {
        String text = surface.strip();
        Region region = bySurface.get(text);
        if (region == null && text.regionMatches(true, 0, "the ", 0, 4)) {
            region = bySurface.get(text.substring(4).strip());
        }
        return Optional.ofNullable(region);
    }

    /**
     * Every country a surface names, in file order, the one {@link #lookup} gives first: more than
     * one for a name listed for several countries ("Georgia": the US state and the country).
     */
    public List<Region> readings(String surface) {
        List<Region> all = ambiguous.get(surface.strip());
        return all != null ? all : lookup(surface).map(List::of).orElse(List.of());
    }

    /** True for a valid ISO 3166-1 alpha-2 code. */
    public boolean isCountryCode(String code) {
        return countryNames.containsKey(code);
    }

    /** Canonical English name of a country code, or null. */
    public String countryName(String code) {
        return countryNames.get(code);
    }

    /** Member country codes of a macro region; {@code ["*"]} for the global region. */
    public List<String> members(String macroRegionId) {
        return macroMembers.getOrDefault(macroRegionId, List.of());
    }

    /** Member country codes of a macro region, the global region's {@code "*"} expanded to every country. */
    public List<String> memberCountries(String macroRegionId) {
        List<String> members = members(macroRegionId);
        return members.contains("*") ? countryCodes() : members;
    }

    /** Every surface the gazetteer knows, for building a text scanner. */
    public Set<String> surfaces() {
        return bySurface.keySet();
    }

    private static RegionGazetteer load() {
        List<Map<String, String>> rows = Tsv.read(COUNTRIES);
        RegionGazetteer gazetteer = new RegionGazetteer(canonicalCountryNames(rows));
        gazetteer.indexCountries(rows);
        gazetteer.indexMacroRegions(Tsv.read(MACRO_REGIONS));
        return gazetteer;
    }

    /** The first "name" row of each code, else the JDK's English name. */
    private static Map<String, String> canonicalCountryNames(List<Map<String, String>> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        Map<String, String> listed = new HashMap<>();
        rows.stream().filter(r -> "name".equals(r.get("kind")))
                .forEach(r -> listed.putIfAbsent(r.get("country_code"), r.get("surface")));
        names.replaceAll((code, jdkName) -> listed.getOrDefault(code, jdkName));
        return names;
    }

    private void indexCountries(List<Map<String, String>> rows) {
        // Listed names first (in file order, so the first of an ambiguous pair wins), then JDK names.
        for (Map<String, String> row : rows) {
            String code = row.get("country_code");
            if (countryNames.containsKey(code)) {
                Region region = country(code, row.get("kind"));
                Region first = bySurface.putIfAbsent(row.get("surface"), region);
                if (first != null && !first.id().equals(code)) {
                    List<Region> all = ambiguous.computeIfAbsent(row.get("surface"), k -> new ArrayList<>(List.of(first)));
                    if (all.stream().noneMatch(r -> r.id().equals(code))) {
                        all.add(region);
                    }
                }
            }
        }
        for (String code : countryNames.keySet()) {
            bySurface.putIfAbsent(new Locale("", code).getDisplayCountry(Locale.ENGLISH), country(code, "name"));
        }
    }

    private void indexMacroRegions(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            Region region = new Region(row.get("id"), row.get("name"), null, true, "macro");
            macroMembers.put(region.id(), List.copyOf(Tsv.list(row.get("members"))));
            List<String> surfaces = new ArrayList<>(Tsv.list(row.get("aliases")));
            surfaces.add(0, row.get("name"));
            surfaces.forEach(surface -> bySurface.putIfAbsent(surface, region));
        }
    }

    private Region country(String code, String via) {
        return new Region(code, countryNames.get(code), code, false, via);
    }

    /** Lazy per-JVM holder: the data is read on first use, once. */
    private static final class Holder {
        static final RegionGazetteer INSTANCE = load();
    }

    /** Macro region ids with their names, in file order. */
    public Map<String, String> macroRegionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        macroMembers.keySet().forEach(id -> bySurface.values().stream()
                .filter(r -> r.macroRegion() && r.id().equals(id)).findFirst()
                .ifPresent(r -> names.put(id, r.name())));
        return names;
    }

    /** Every ISO 3166-1 alpha-2 code. */
    public List<String> countryCodes() {
        return List.copyOf(countryNames.keySet());
    }
}
