package org.brieflens.extract;

import java.util.List;
import java.util.Set;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyNames;

/**
 * A list of names that shares the business word of its last member: "Delta, Continental and
 * American Airlines" names Continental Airlines, not Continental the tyre maker. Each earlier
 * single-word member is read with the shared word when the gazetteer resolves that reading; such a
 * reading outranks the member's own (rank {@link MentionCandidate#DEFINED}). Legal forms ("Corp")
 * are no shared word: they do not change which company a name is.
 */
final class OrganisationSharedHeads {
    private static final Set<String> COORDINATORS = Set.of("and", "or", "&");
    private static final int MAX_MEMBERS = 6;

    private final CompanyGazetteer companies;
    private final Set<String> businessWords;

    OrganisationSharedHeads(CompanyGazetteer companies) {
        this.companies = companies;
        this.businessWords = MentionWords.lowerCase("company_head_words.txt");
    }

    void candidates(MentionSentence s, List<MentionCandidate> out) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (!COORDINATORS.contains(s.lower(i)) || !s.nameLike(i - 1) || !s.nameLike(i + 1)) {
                continue;
            }
            int end = i + 1;
            while (end + 1 < s.size() && s.nameLike(end + 1)) {
                end++;
            }
            if (end == i + 1 || !businessWords.contains(s.lower(end))) {
                continue;
            }
            String head = s.text(end);
            int member = i - 1;
            for (int count = 0; count < MAX_MEMBERS && member >= 0 && s.nameLike(member); count++) {
                String name = s.text(member) + " " + head;
                if (!CompanyNames.display(name).equals(s.text(member))) {
                    TokenSpan span = s.span(member, member);
                    companies.resolve(name).ifPresent(m -> out.add(MentionCandidate.company(span, m,
                            MentionCandidate.DEFINED)));
                }
                if (member < 2 || !s.lower(member - 1).equals(",") && !COORDINATORS.contains(s.lower(member - 1))) {
                    break;
                }
                member -= 2;
            }
        }
    }
}
