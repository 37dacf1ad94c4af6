package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brieflens.nlp.Sentence;
import org.brieflens.resolve.CompanyGazetteer;
import org.brieflens.resolve.RegionGazetteer;

/**
 * Finds the company, product, region and person mentions of a document. Candidates come from the
 * NER's entity spans ({@link MentionNer}), a scan of the tokens for gazetteer surfaces
 * ({@link MentionScanner}), headline rules ({@link HeadlineCompanies}), company nouns around
 * untagged names ({@link MentionCueCompanies}), lists sharing a business word
 * ({@link OrganisationSharedHeads}), newswire ticker markup ({@link MentionWireTickers}), explicit worldwide phrases
 * ({@link GlobalRegionPhrases}) and the acronyms the document defines ({@link AcronymDefinitions}).
 * Word-like company names are confirmed by their sentence or the document
 * ({@link MentionWordLikeNames}); each sentence's overlapping candidates are settled by rank
 * ({@link MentionSelector}); then names are carried across the document ({@link AliasPropagation})
 * unknown names in wire headlines in capitals need the body ({@link HeadlineCapitals}), and places
 * several countries share are read by the document ({@link MentionPlaces}).
 */
public final class MentionExtractor {
    private final MentionNer ner;
    private final MentionScanner scanner;
    private final HeadlineCompanies headlines;
    private final MentionCueCompanies cueCompanies;
    private final OrganisationSharedHeads sharedHeads;
    private final MentionWireTickers wireTickers;
    private final GlobalRegionPhrases globalRegions;
    private final AcronymDefinitions acronyms;
    private final MentionWordLikeNames wordLikeNames;
    private final AliasPropagation aliases;
    private final MentionPlaces places;

    public MentionExtractor(CompanyGazetteer companies, RegionGazetteer regions, ScanExclusions exclusions) {
        this.headlines = new HeadlineCompanies(companies, regions);
        this.ner = new MentionNer(companies, regions, headlines, exclusions);
        this.scanner = new MentionScanner(companies, regions, exclusions);
        this.cueCompanies = new MentionCueCompanies(companies, regions);
        this.sharedHeads = new OrganisationSharedHeads(companies);
        this.wireTickers = new MentionWireTickers(companies);
        this.globalRegions = GlobalRegionPhrases.packaged(regions);
        this.acronyms = new AcronymDefinitions(companies, ner);
        this.wordLikeNames = new MentionWordLikeNames();
        this.aliases = new AliasPropagation(regions);
        this.places = new MentionPlaces(regions);
    }

    /** The extractor over the packaged gazetteers, built once per JVM. */
    public static MentionExtractor packaged() {
        return Holder.INSTANCE;
    }

    /** Mentions of every sentence of a document: element i holds sentence i's mentions, in text order. */
    public List<List<Mention>> extract(List<Sentence> sentences) {
        List<MentionSentence> document = sentences.stream().map(MentionSentence::new).toList();
        Map<String, MentionCandidate> definitions = acronyms.definitions(document);
        List<List<MentionCandidate>> candidates = new ArrayList<>(document.size());
        List<MentionScanner.Pending> pending = new ArrayList<>();
        boolean headlineOnly = document.stream().allMatch(MentionSentence::headline);
        for (int i = 0; i < document.size(); i++) {
            TimeLimit.checkpoint();
            MentionSentence s = document.get(i);
            List<MentionCandidate> found = new ArrayList<>();
            ner.candidates(s, found);
            scanner.scan(i, s, found, pending);
            headlines.candidates(s, headlineOnly, found);
            cueCompanies.candidates(s, found);
            sharedHeads.candidates(s, found);
            wireTickers.candidates(s, found);
            globalRegions.candidates(s, found);
            acronyms.candidates(s, definitions, found);
            candidates.add(found);
        }
        wordLikeNames.confirm(pending, candidates);
        List<List<Mention>> mentions = new ArrayList<>(document.size());
        List<String> blocked = new ArrayList<>();
        for (List<MentionCandidate> found : candidates) {
            List<Mention> sentence = new ArrayList<>();
            for (MentionCandidate chosen : MentionSelector.select(found)) {
                if (chosen.blocker()) {
                    blocked.add(chosen.span().surface());
                } else {
                    sentence.add(chosen.mention());
                }
            }
            mentions.add(sentence);
        }
        HeadlineCapitals.confirm(document, mentions);
        aliases.propagate(mentions, blocked);
        places.disambiguate(mentions);
        return mentions.stream().map(List::copyOf).toList();
    }

    /** Mentions of one sentence read as a document of its own, in text order. */
    public List<Mention> extract(Sentence sentence) {
        return extract(List.of(sentence)).get(0);
    }

    /** Lazy per-JVM holder. */
    private static final class Holder {
        static final MentionExtractor INSTANCE = new MentionExtractor(
                CompanyGazetteer.packaged(), RegionGazetteer.packaged(), ScanExclusions.packaged());
    }
}
