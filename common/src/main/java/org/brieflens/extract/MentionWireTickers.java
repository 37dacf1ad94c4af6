package org.brieflens.extract;

import java.util.List;
import java.util.Set;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyNames;

/**
 * Newswire company markup in angle brackets, which the tokenizer keeps as one token: a ticker after
 * a name ("General Electric Co &lt;GE&gt;", "STEEGO CORP &lt;STG&gt;") makes the name run before it
 * a company, and a name in brackets ("to &lt;Sedio N.V.&gt; of Lugano") is a company itself.
 */
final class MentionWireTickers {
    private static final int MAX_NAME_TOKENS = 6;
    private static final int MAX_TICKER_CHARS = 12;
    /** Words that join the parts of a name: "Merrill Lynch and Co", "E.I. du Pont de Nemours", "Bank of Tokyo". */
    private static final Set<String> CONNECTORS = Set.of("&", "and", "of", "de", "du", "des", "la", "le", "van", "von",
            "der", "den", "y", "e", "und", "et");

    private final CompanyGazetteer companies;
    private final Set<String> stopWords;

    MentionWireTickers(CompanyGazetteer companies) {
        this.companies = companies;
        this.stopWords = MentionWords.lowerCase("headline_stop_words.txt");
    }

    void candidates(MentionSentence s, List<MentionCandidate> out) {
        for (int i = 0; i < s.size(); i++) {
            String text = s.text(i);
            if (text.length() < 3 || text.charAt(0) != '<' || text.charAt(text.length() - 1) != '>') {
                continue;
            }
            String inner = text.substring(1, text.length() - 1).strip();
            if (ticker(inner)) {
                int first = i;
                while (first > 0 && i - first < MAX_NAME_TOKENS && (s.nameLike(first - 1)
                        || CONNECTORS.contains(s.lower(first - 1)) && s.nameLike(first - 2) && first < i)) {
                    first--;
                }
                while (first < i && stopWords.contains(s.lower(first))) {
                    first++;
                }
                if (first < i) {
                    out.add(company(s.span(first, i - 1), s.span(first, i - 1).surface()));
                }
            } else if (inner.indexOf(' ') > 0 || inner.chars().anyMatch(Character::isLowerCase)) {
                out.add(company(s.span(i, i), inner));
            }
        }
    }

    private MentionCandidate company(TokenSpan span, String name) {
        return companies.resolve(name).map(m -> MentionCandidate.company(span, m))
                .orElseGet(() -> MentionCandidate.namedCompany(span, CompanyNames.display(name), null,
                        MentionCandidate.UNRESOLVED_ORGANIZATION));
    }

    private static boolean ticker(String inner) {
        return !inner.isEmpty() && inner.length() <= MAX_TICKER_CHARS
                && inner.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '.'
                || c == '-');
    }
}
