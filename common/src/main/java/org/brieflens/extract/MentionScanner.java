package org.brieflens.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.CompanyMatch;
import org.brieflens.resolve.Region;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Scans the tokens for gazetteer surfaces, longest first at each position: companies and places the
 * CRF misses, and demonyms it never tags. A company name that is also an ordinary word and that the
 * NER did not tag is held back as pending, for {@link MentionWordLikeNames} to confirm or drop. A
 * name right after a currency sign is an amount ("$3M"). A multi-word macro region also matches in
 * lower case ("western Europe", "south east Asian", BBC house style); a region leaves a leading
 * "the" out of its surface; the worldwide region comes only from {@link GlobalRegionPhrases}.
 */
final class MentionScanner {
    private static final int MAX_SCAN_TOKENS = 8;

    /** A word-like company name found by the scan, awaiting confirmation. */
    record Pending(int position, MentionSentence sentence, MentionCandidate candidate) {
    }

    private final CompanyGazetteer companies;
    private final RegionGazetteer regions;
    private final ScanExclusions exclusions;
    private final Map<String, Region> lowerCaseMacroRegions = new HashMap<>();
    /** Lower-cased first words of every surface: positions starting with another word are skipped. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    MentionScanner(CompanyGazetteer companies, RegionGazetteer regions, ScanExclusions exclusions) {
        this.companies = companies;
        this.regions = regions;
        this.exclusions = exclusions;
        for (String surface : regions.surfaces()) {
            if (surface.indexOf(' ') > 0 || surface.indexOf('-') > 0) {
                regions.lookup(surface).filter(Region::macroRegion)
                        .filter(r -> !GlobalRegionPhrases.GLOBAL.equals(r.id()))
                        .ifPresent(r -> lowerCaseMacroRegions.putIfAbsent(MentionWords.lower(surface), r));
            }
        }
        companies.surfaces().forEach(this::addFirstWord);
        regions.surfaces().forEach(this::addFirstWord);
        lowerCaseMacroRegions.keySet().forEach(this::addFirstWord);
    }

    private void addFirstWord(String surface) {
        String first = MentionWords.lower(surface.strip().split("[\\s\u00a0]+", 2)[0]);
        firstWords.add(first);
        firstWords.add(alphanumericPrefix(first)); // the tokenizer may split "Yahoo!" or "AT&T"
    }

    /** Whether some surface could start at this token; most tokens ("the", "rose") rule the position out. */
    private boolean mayStartSurface(MentionSentence s, int position) {
        String token = s.lower(position);
        return firstWords.contains(token) || firstWords.contains(alphanumericPrefix(token));
    }

    private static String alphanumericPrefix(String word) {
        int end = 0;
        while (end < word.length() && Character.isLetterOrDigit(word.charAt(end))) {
            end++;
        }
        return word.substring(0, end);
    }

    /** Adds every gazetteer surface found in sentence {@code position}; word-like names go to {@code pending}. */
    void scan(int position, MentionSentence s, List<MentionCandidate> out, List<Pending> pending) {
        int size = s.size();
        for (int first = 0; first < size; first++) {
            if (!mayStartSurface(s, first)) {
                continue;
            }
            String[] surfaces = s.surfacesFrom(first, MAX_SCAN_TOKENS);
            for (int last = first + surfaces.length - 1; last >= first; last--) {
                String surface = surfaces[last - first];
                Optional<CompanyMatch> company = companies.exact(surface);
                if (company.isPresent() && !afterCurrency(s, first)) {
                    TokenSpan span = s.span(first, last);
                    MentionCandidate candidate = MentionCandidate.company(span, company.get());
                    if (exclusions.needsNer(span, company.get())) {
                        pending.add(new Pending(position, s, candidate));
                    } else {
                        out.add(candidate);
                    }
                    break;
                }
                Optional<Region> region = region(s, first, last, surface);
                if (region.isPresent()) {
                    out.add(MentionCandidate.region(s.span(first, last), region.get()));
                    break;
                }
            }
        }
    }

    private Optional<Region> region(MentionSentence s, int first, int last, String surface) {
        Optional<Region> region = regions.lookup(surface);
        if (region.isEmpty() && last > first && anyNameLike(s, first, last)) {
            region = Optional.ofNullable(lowerCaseMacroRegions.get(MentionWords.lower(surface)));
        }
        if (region.isEmpty() || GlobalRegionPhrases.GLOBAL.equals(region.get().id())) {
            return Optional.empty();
        }
        TokenSpan span = s.span(first, last);
        return region.filter(r -> !exclusions.ambiguousRegion(span))
                .filter(r -> !leadingArticle(span) || regions.surfaces().contains(surface));
    }

    /** An amount, not a name: "$3M" is no mention of 3M. */
    private static boolean afterCurrency(MentionSentence s, int first) {
        String before = s.lower(first - 1);
        return before.endsWith("$") || before.equals("\u00a3") || before.equals("\u20ac") || before.equals("\u00a5")
                || before.equals("rs") || before.equals("rs.");
    }

    private static boolean anyNameLike(MentionSentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (s.nameLike(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a span of several tokens starts with "the". The scan leaves the article out of a
     * region's surface ("in the U.S." gives "U.S."), unless the gazetteer lists the name with it
     * ("The Hague").
     */
    private static boolean leadingArticle(TokenSpan span) {
        return span.length() > 1 && span.sentence().tokens().get(span.first()).text().equalsIgnoreCase("the");
    }
}
