package org.brieflens.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Companies and products of {@code gazetteer/companies.tsv} and {@code gazetteer/products.tsv},
 * indexed two ways: by the exact surface as listed (for scanning text, where case matters) and by
 * normalised key (for resolving organisation names the NER found).
 */
public final class CompanyGazetteer {
    private static final String COMPANIES = "/org/brieflens/gazetteer/companies.tsv";
    private static final String PRODUCTS = "/org/brieflens/gazetteer/products.tsv";
    private static final String NOT_COMPANIES = "/org/brieflens/gazetteer/not_companies.tsv";

    private final Map<String, Company> byId;
    private final Map<String, CompanyMatch> bySurface = new HashMap<>();
    private final Map<String, CompanyMatch> byFullKey = new HashMap<>();
    private final Map<String, CompanyMatch> byKey = new HashMap<>();
    private final Map<String, CompanyMatch> byBaseKey = new HashMap<>();
    private final Set<String> notCompanyKeys;
    private final Set<String> notCompanyFullKeys;
    private final Map<String, String> notCompanyKindByKey = new HashMap<>();

    CompanyGazetteer(List<Company> companies, Map<String, List<String>> productSurfacesByOwner, Set<String> notCompanies) {
        this(companies, productSurfacesByOwner, notCompanies, Map.of());
    }

    /** With the kind of each non-company ("news_agency", "regulator"...), by surface. */
    CompanyGazetteer(List<Company> companies, Map<String, List<String>> productSurfacesByOwner, Set<String> notCompanies,
                     Map<String, String> notCompanyKinds) {
        this.byId = companies.stream().collect(Collectors.toMap(Company::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        // Companies first, so a company's own name wins over a product alias that collides with it.
        for (Company company : companies) {
            CompanyMatch match = new CompanyMatch(false, company, byId.get(company.parentId()));
            index(company.name(), match);
            company.aliases().forEach(alias -> index(alias, match));
        }
        productSurfacesByOwner.forEach((ownerId, surfaces) -> {
            Company owner = byId.get(ownerId);
            if (owner != null) {
                CompanyMatch match = new CompanyMatch(true, owner, byId.get(owner.parentId()));
                surfaces.forEach(surface -> index(surface, match));
            }
        });
        this.notCompanyKeys = notCompanies.stream().map(CompanyNames::key).collect(Collectors.toUnmodifiableSet());
        this.notCompanyFullKeys = notCompanies.stream().map(CompanyNames::fullKey)
                .collect(Collectors.toUnmodifiableSet());
        notCompanyKinds.forEach((surface, kind) -> notCompanyKindByKey.putIfAbsent(CompanyNames.key(surface), kind));
    }

    /** The gazetteer packaged with brieflens, loaded once per JVM. */
    public static CompanyGazetteer packaged() {
        return Holder.INSTANCE;
    }

    /** A company by id, or null. */
    public Company company(String id) {
        return id == null ? null : byId.get(id);
    }

    public Collection<Company> companies() {
        return byId.values();
    }

    /** A company or product whose listed name is exactly this surface (case-sensitive). */
    public Optional<CompanyMatch> exact(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /**
     * Resolves an organisation name as written: exact surface, then the name as listed with
     * possessive, leading "the" and case ignored, then the normalised key (legal form also ignored),
     * then the key without designators ("Group"). A listed non-company ("Bloomberg", "The New York
     * Times") is not resolved through the looser keys, even where a listed company reduces to the
     * same key ("Bloomberg L.P.", "The New York Times Company").
     */
    public Optional<CompanyMatch> resolve(String surface) {
        CompanyMatch match = bySurface.get(surface);
        if (match == null) {
            match = byFullKey.get(CompanyNames.fullKey(surface));
        }
        if (match == null && notCompanyFullKeys.contains(CompanyNames.fullKey(surface))) {
            return Optional.empty();
        }
        if (match == null) {
            match = byKey.get(CompanyNames.key(surface));
        }
        if (match == null) {
            match = byBaseKey.get(CompanyNames.baseKey(surface));
        }
        return Optional.ofNullable(match);
    }

    /** True for organisations that are evidently not companies: governments, agencies, universities... */
    public boolean notCompany(String surface) {
        return notCompanyKeys.contains(CompanyNames.key(surface));
    }

    /** The kind of a listed non-company ("news_agency", "regulator"...), when the surface is one. */
    public Optional<String> notCompanyKind(String surface) {
        return Optional.ofNullable(notCompanyKindByKey.get(CompanyNames.key(surface)));
    }

    /** The set of exact surfaces, for building a text scanner. */
    public Set<String> surfaces() {
        return bySurface.keySet();
    }

    private void index(String surface, CompanyMatch match) {
        bySurface.putIfAbsent(surface, match);
        byFullKey.putIfAbsent(CompanyNames.fullKey(surface), match);
        byKey.putIfAbsent(CompanyNames.key(surface), match);
        byBaseKey.putIfAbsent(CompanyNames.baseKey(surface), match);
    }

    private static CompanyGazetteer load() {
        List<Company> companies = Tsv.read(COMPANIES).stream().map(CompanyGazetteer::company).toList();
        Map<String, List<String>> products = new LinkedHashMap<>();
        for (Map<String, String> row : Tsv.read(PRODUCTS)) {
            List<String> surfaces = products.computeIfAbsent(row.get("owner_id"), k -> new java.util.ArrayList<>());
            surfaces.add(row.get("name"));
            surfaces.addAll(Tsv.list(row.get("aliases")));
        }
        List<Map<String, String>> rows = Tsv.read(NOT_COMPANIES);
        Set<String> notCompanies = rows.stream().map(r -> r.get("surface")).collect(Collectors.toSet());
        Map<String, String> kinds = new HashMap<>();
        rows.forEach(r -> kinds.putIfAbsent(r.get("surface"), r.get("kind")));
        return new CompanyGazetteer(companies, products, notCompanies, kinds);
    }

    private static Company company(Map<String, String> row) {
        return new Company(row.get("id"), row.get("name"), Tsv.list(row.get("aliases")), Tsv.list(row.get("tickers")),
                emptyToNull(row.get("country")), emptyToNull(row.get("parent_id")), emptyToNull(row.get("sector")));
    }

    static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Lazy per-JVM holder: the data is read on first use, once. */
    private static final class Holder {
        static final CompanyGazetteer INSTANCE = load();
    }
}
