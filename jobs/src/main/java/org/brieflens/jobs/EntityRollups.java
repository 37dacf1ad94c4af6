package org.brieflens.jobs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brieflens.resolve.Company;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;

/**
 * What the gazetteers say entities roll up to: each company's top-level parent, and the macro
 * regions each country belongs to. Built once on the driver and shipped to the executors.
 */
final class EntityRollups implements Serializable {
    /** An entity something rolls up to. */
    record Entity(String id, String name) implements Serializable {
    }

    private final Map<String, Entity> roots;
    private final Map<String, List<Entity>> macroRegions;

    private EntityRollups(Map<String, Entity> roots, Map<String, List<Entity>> macroRegions) {
        this.roots = roots;
        this.macroRegions = macroRegions;
    }

    /** The rollups of the gazetteers packaged with brieflens. */
    static EntityRollups packaged() {
        return of(CompanyGazetteer.packaged(), RegionGazetteer.packaged());
    }

    static EntityRollups of(CompanyGazetteer companies, RegionGazetteer regions) {
        Map<String, Entity> roots = new HashMap<>();
        for (Company company : companies.companies()) {
            Company root = company;
            // Bounded: a cycle in the gazetteer's parents must not hang the job.
            for (int depth = 0; root.parentId() != null && companies.company(root.parentId()) != null && depth < 10;
                 depth++) {
                root = companies.company(root.parentId());
            }
            roots.put(company.id(), new Entity(root.id(), root.name()));
        }
        Map<String, List<Entity>> macroRegions = new HashMap<>();
        for (Map.Entry<String, String> region : regions.macroRegionNames().entrySet()) {
            Entity macro = new Entity(region.getKey(), region.getValue());
            for (String code : regions.memberCountries(region.getKey())) {
                macroRegions.computeIfAbsent(code, c -> new ArrayList<>()).add(macro);
            }
        }
        return new EntityRollups(roots, macroRegions);
    }

    /** The top-level parent of a gazetteer company (itself when it has none); null for any other id or null. */
    Entity root(String companyId) {
        return companyId == null ? null : roots.get(companyId);
    }

    /** The macro regions a country belongs to; none for an unknown code. */
    List<Entity> macroRegionsOf(String countryCode) {
        return macroRegions.getOrDefault(countryCode, List.of());
    }
}
