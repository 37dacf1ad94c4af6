package org.brieflens.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.brieflens.resolve.Company;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyMatch;
import org.brieflens.resolve.CompanyNames;
import org.brieflens.resolve.RegionGazetteer;

/**
 * An organisation span of the NER that starts with a known company and goes on with unit words or
 * a region ("BT Wholesale", "Barclays Capital", "Nintendo Europe", "UBS Securities") names a company
 * of its own, which the scan would otherwise reduce to the known company inside it. It stays
 * unresolved under its own name, with the known company as parent, except after words marked
 * "independent" ("Juniper Research" is an analyst firm that only shares a word with Juniper
 * Networks) and after a name that is also an ordinary word (word_like_names.txt: "Delta Motors"
 * is no unit of Delta Air Lines). Spans with other words ("Apple Music", "Meta AI venture") are left to the scan.
 */
final class OrganisationUnits {
    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    /** Unit word (lower case) to whether the known company is its parent. */
    private final Map<String, Boolean> units;
    private final ScanExclusions exclusions;

    OrganisationUnits(CompanyGazetteer companies, RegionGazetteer regions, Map<String, Boolean> units,
                      ScanExclusions exclusions) {
        this.companies = companies;
        this.regions = regions;
        this.units = Map.copyOf(units);
        this.exclusions = exclusions;
    }

    static OrganisationUnits packaged(CompanyGazetteer companies, RegionGazetteer regions, ScanExclusions exclusions) {
        Map<String, Boolean> units = new HashMap<>();
        for (String line : MentionWords.lines("organisation_unit_words.txt")) {
            String[] cells = line.split("\\s+");
            units.put(MentionWords.lower(cells[0]), cells.length < 2 || !cells[1].equals("independent"));
        }
        return new OrganisationUnits(companies, regions, units, exclusions);
    }

    /** The span as a company of its own, when it is a known company followed by unit words or a region. */
    Optional<MentionCandidate> unit(MentionSentence s, int first, int last) {
        for (int split = last - 1; split >= first; split--) {
            Optional<CompanyMatch> match = companies.exact(s.span(first, split).surface()).filter(m -> !m.product());
            if (match.isPresent()) {
                boolean certain = !exclusions.wordLike(s.span(first, split).surface());
                return parentOf(s, split + 1, last, match.get().company()).map(parent -> {
                    TokenSpan span = s.span(first, last);
                    return MentionCandidate.namedCompany(span, CompanyNames.display(span.surface()),
                            certain ? parent.orElse(null) : null, MentionCandidate.RESOLVED_COMPANY);
                });
            }
        }
        return Optional.empty();
    }

    /** Present when tokens from..last are unit words or a region: the parent, or empty for an independent firm. */
    private Optional<Optional<Company>> parentOf(MentionSentence s, int from, int last, Company known) {
        if (regions.lookup(s.span(from, last).surface()).isPresent()) {
            return Optional.of(Optional.of(known));
        }
        boolean parent = true;
        for (int i = from; i <= last; i++) {
            Boolean isParent = units.get(s.lower(i));
            if (isParent == null || !s.nameLike(i)) {
                return Optional.empty();
            }
            parent &= isParent;
        }
        return Optional.of(parent ? Optional.of(known) : Optional.empty());
    }
}
