package org.brieflens.extract;

import java.util.Set;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyNames;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Judges whether an organisation name the gazetteer does not resolve names no company: a listed
 * non-company, also after a place that qualifies it ("U.S. Department of Justice", "US Pew Research
 * Center"); a technology term ("NAND"); a non-business head ({@link OrganisationTypes}); a news
 * outlet's programme ("BBC Radio", "BBC Today"); one stop word or role word on its own ("World",
 * "CTO") or legal forms alone ("Co", "Ltd"); a name that a product or public-body noun introduces
 * ("the DS game X", "the regulator X") or describes in apposition ("X - a 3D action title").
 */
final class OrganisationJudge {
    static final Set<String> PERSON_ROLES = MentionWords.lowerCase("person_role_words.txt");

    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    private final OrganisationTypes types;
    private final MentionCueNouns cueNouns;
    private final HeadlineCompanies headlines;

    OrganisationJudge(CompanyGazetteer companies, RegionGazetteer regions, HeadlineCompanies headlines) {
        this.companies = companies;
        this.regions = regions;
        this.types = OrganisationTypes.packaged();
        this.cueNouns = MentionCueNouns.packaged();
        this.headlines = headlines;
    }

    boolean nonCompany(MentionSentence s, int first, int last) {
        String surface = s.span(first, last).surface();
        if (companies.notCompany(surface) || qualifiedNotCompany(s, first, last) || types.technologyTerm(surface)
                || types.nonCompanyName(MentionNer.words(s, first, last)) || outletProgramme(s, first, last)
                || onlyLegalForms(s, first, last)) {
            return true;
        }
        if (first == last && (headlines.stopWord(s.lower(first)) || PERSON_ROLES.contains(s.lower(first))
                || surface.length() < 2)) {
            return true;
        }
        MentionCueNouns.Kind before = cueNouns.before(s, first);
        MentionCueNouns.Kind apposition = cueNouns.apposition(s, last);
        return before == MentionCueNouns.Kind.PRODUCT || before == MentionCueNouns.Kind.NON_COMPANY
                || apposition == MentionCueNouns.Kind.PRODUCT || apposition == MentionCueNouns.Kind.NON_COMPANY;
    }

    /** A non-company after a place that qualifies it ("U.S. Department of Justice", "EU Commission"). */
    private boolean qualifiedNotCompany(MentionSentence s, int first, int last) {
        for (int split = first; split < last; split++) {
            if (regions.lookup(s.span(first, split).surface()).isPresent()
                    && (companies.notCompany(s.span(split + 1, last).surface())
                    || types.nonCompanyName(MentionNer.words(s, split + 1, last)))) {
                return true;
            }
        }
        return false;
    }

    /** A news outlet's programme or service ("BBC Radio", "BBC Today"): a listed news outlet and more words. */
    private boolean outletProgramme(MentionSentence s, int first, int last) {
        for (int split = first; split < last; split++) {
            if (companies.notCompanyKind(s.span(first, split).surface()).filter("news_agency"::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "Co", "Ltd", "Inc." on their own: the NER cut the name off. */
    private static boolean onlyLegalForms(MentionSentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!CompanyNames.legalForm(s.text(i)) && !s.punctuation(i)) {
                return false;
            }
        }
        return true;
    }

}
