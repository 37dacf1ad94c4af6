package org.brieflens.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * The UN M49 region and subregion of every country, from {@code gazetteer/country_regions.tsv},
 * so region trends can roll countries up ("Eastern Asia", "Asia").
 */
public final class CountryRegions {
    private static final String RESOURCE = "/org/brieflens/gazetteer/country_regions.tsv";
    private final Map<String, String[]> byCode = new HashMap<>();

    private CountryRegions() {
        for (Map<String, String> row : Tsv.read(RESOURCE)) {
            byCode.put(row.get("country_code"), new String[] {
                CompanyGazetteer.emptyToNull(row.get("m49_region")), CompanyGazetteer.emptyToNull(row.get("m49_subregion"))});
        }
    }

    /** The packaged table, loaded once per JVM. */
    public static CountryRegions packaged() {
        return Holder.INSTANCE;
    }

    /** M49 region ("Asia") of an ISO alpha-2 code, or null. */
    public String region(String countryCode) {
        String[] regions = countryCode == null ? null : byCode.get(countryCode);
        return regions == null ? null : regions[0];
    }

    /** M49 subregion ("Eastern Asia") of an ISO alpha-2 code, or null. */
    public String subregion(String countryCode) {
        String[] regions = countryCode == null ? null : byCode.get(countryCode);
        return regions == null ? null : regions[1];
    }

    /** Lazy per-JVM holder. */
    private static final class Holder {
        static final CountryRegions INSTANCE = new CountryRegions();
    }
}
