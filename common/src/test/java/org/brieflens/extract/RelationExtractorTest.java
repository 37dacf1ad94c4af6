package org.brieflens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.brieflens.extract.RelationType.ACQUISITION;
import static org.brieflens.extract.RelationType.COMPETITOR;
import static org.brieflens.extract.RelationType.PARTNER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brieflens.brief.Section;
import org.brieflens.extract.RelationFixtures.Ent;
import org.brieflens.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cue phrases, roles and output contract of {@link RelationExtractor}, one sentence at a time. */
class RelationExtractorTest {
    private static final RelationExtractor EXTRACTOR = RelationFixtures.EXTRACTOR;

    // --- entities used across tests: surface as written, type, canonical id and name ---
    private static final Ent ALIBABA_CLOUD = company("Alibaba Cloud", "alibaba-cloud");
    private static final Ent AWS = new Ent("AWS", EntityType.COMPANY, "aws", "Amazon Web Services");
    private static final Ent MICROSOFT = RelationFixtures.MICROSOFT;
    private static final Ent AZURE = new Ent("Azure", EntityType.PRODUCT, "microsoft", "Microsoft");
    private static final Ent MICROSOFT_AZURE = new Ent("Microsoft Azure", EntityType.PRODUCT, "microsoft", "Microsoft");
    private static final Ent OPENAI = RelationFixtures.OPENAI;
    private static final Ent TEXAS = new Ent("Texas", EntityType.REGION, "US-TX", "Texas");
    private static final Ent CHINA = RelationFixtures.CHINA;
    private static final Ent ORACLE = RelationFixtures.ORACLE;
    private static final Ent CERNER = RelationFixtures.CERNER;
    private static final Ent AMD = RelationFixtures.AMD;
    private static final Ent INTEL = RelationFixtures.INTEL;
    private static final Ent NVIDIA = RelationFixtures.NVIDIA;

    @Test
    void competitionFromPairsSubjectWithEachListMemberAndProductStandsForOwner() {
        String s = "In the region, Alibaba Cloud faces competition from AWS and Microsoft Azure.";
        List<Relation> rels = extract(s, ALIBABA_CLOUD, AWS, MICROSOFT_AZURE);

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple(COMPETITOR, "Alibaba Cloud", "Amazon Web Services"),
                        tuple(COMPETITOR, "Alibaba Cloud", "Microsoft"));
        assertThat(rels).allSatisfy(r -> {
            assertThat(r.cue()).isEqualTo("faces competition from");
            assertThat(r.companyAId()).isEqualTo("alibaba-cloud");
            assertThat(r.evidence()).isEqualTo(s);
            assertThat(r.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(rels).extracting(Relation::companyBId).containsExactlyInAnyOrder("aws", "microsoft");
    }

    @Test
    void competesWithStopsAtTheEndOfTheList() {
        String s = "Samsung Electronics competes with SK Hynix and Micron for high-bandwidth memory orders from Nvidia.";
        List<Relation> rels = extract(s, company("Samsung Electronics", "samsung"), company("SK Hynix", "skhynix"),
                company("Micron", "micron"), NVIDIA);

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple(COMPETITOR, "Micron", "Samsung Electronics"),
                        tuple(COMPETITOR, "SK Hynix", "Samsung Electronics"));
        assertThat(rels).extracting(Relation::cue).containsOnly("competes with");
    }

    @Test
    void partnershipIgnoresRegionMentions() {
        String s = "Microsoft announced a partnership with OpenAI to build new data centers in Texas.";
        List<Relation> rels = extract(s, MICROSOFT, OPENAI, TEXAS);

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName, Relation::cue)
                .containsExactly(tuple(PARTNER, "Microsoft", "OpenAI", "partnership with"));
    }

    @Test
    void jointVentureBetweenThreeCompaniesGivesEveryPair() {
        String s = "The joint venture between Toyota, Panasonic and Sony will make batteries.";
        List<Relation> rels = extract(s, company("Toyota", "toyota"), company("Panasonic", "panasonic"),
                company("Sony", "sony"));

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple(PARTNER, "Panasonic", "Toyota"), tuple(PARTNER, "Panasonic", "Sony"),
                        tuple(PARTNER, "Sony", "Toyota"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nvidia vs AMD: who wins the AI race?", "Nvidia vs. AMD is the question.",
            "Nvidia versus AMD in data centers.", "The Nvidia-versus-AMD debate continues."})
    void versusPairsTheCompaniesRightAroundIt(String s) {
        assertThat(extract(s, NVIDIA, AMD)).extracting(Relation::type, Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple(COMPETITOR, "AMD", "Nvidia"));
    }

    @Test
    void versusTakesOnlyTheNearestAdjacentCompanyOnEachSide() {
        assertThat(extract("Apple's iPhone vs Samsung's Galaxy and Google.", company("Apple", "apple"),
                new Ent("iPhone", EntityType.PRODUCT, "apple", "Apple"), company("Samsung", "samsung"),
                new Ent("Galaxy", EntityType.PRODUCT, "samsung", "Samsung"), company("Google", "google")))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("Apple", "Samsung"));
        assertThat(extract("Intel results vs expectations of AMD analysts.", INTEL, AMD)).isEmpty();
    }

    @Test
    void acquisitionKeepsDirectionEvenWhenTargetSortsFirst() {
        List<Relation> rels = extract("Oracle agreed to acquire Cerner for $28 billion.", ORACLE, CERNER);

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName, Relation::cue)
                .containsExactly(tuple(ACQUISITION, "Oracle", "Cerner", "to acquire"));
    }

    @Test
    void acquisitionWithoutAcquirerYieldsNothing() {
        assertThat(extract("The acquisition of Cerner and Oracle's other deals drew scrutiny.", CERNER, ORACLE))
                .isEmpty();
    }

    @Test
    void passiveAcquisitionMakesTheAgentTheAcquirer() {
        assertThat(extract("Cerner was acquired by Oracle.", CERNER, ORACLE))
                .extracting(Relation::type, Relation::companyAName, Relation::companyBName, Relation::cue)
                .containsExactly(tuple(ACQUISITION, "Oracle", "Cerner", "was acquired by"));
        assertThat(extract("Cerner, acquired by Oracle in 2022, grew.", CERNER, ORACLE))
                .extracting(Relation::companyAName, Relation::companyBName).containsExactly(tuple("Oracle", "Cerner"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Intel does not compete with AMD in phones.", "Intel doesn't compete with AMD.",
            "Intel no longer partners with AMD.", "Intel ended its partnership with AMD last year.",
            "Intel denied plans to acquire AMD.", "Intel has never teamed up with AMD."})
    void negatedCueYieldsNothing(String s) {
        assertThat(extract(s, INTEL, AMD)).isEmpty();
    }

    @Test
    void negationBeforeACommaDoesNotReachTheCue() {
        assertThat(extract("After talks ended, Intel partnered with AMD.", INTEL, AMD))
                .extracting(Relation::type).containsExactly(PARTNER);
    }

    @Test
    void plainCoMentionYieldsNothing() {
        assertThat(extract("Intel and AMD both reported earnings on Tuesday.", INTEL, AMD)).isEmpty();
        assertThat(extract("Shares of Nvidia, AMD and Intel rose.", NVIDIA, AMD, INTEL)).isEmpty();
    }

    @Test
    void entityIsNeverRelatedToItself() {
        assertThat(extract("Rivals Microsoft and Azure were both down.", MICROSOFT, AZURE)).isEmpty();
        assertThat(extract("Microsoft competes with Azure and Nvidia.", MICROSOFT, AZURE, NVIDIA))
                .extracting(Relation::companyAName, Relation::companyBName)
                .containsExactly(tuple("Microsoft", "Nvidia"));
    }

    @Test
    void symmetricRelationPutsTheNameThatSortsFirstAsA() {
        List<Relation> rels = extract("Zoom partnered with Cisco on devices.", company("Zoom", "zoom"),
                company("Cisco", "cisco"));

        assertThat(rels).extracting(Relation::companyAName, Relation::companyAId, Relation::companyBName)
                .containsExactly(tuple("Cisco", "cisco", "Zoom"));
    }

    @Test
    void symmetricOrderTiesOnNameBreakOnKey() {
        List<Relation> rels = extract("Delta Air competes with Delta Electronics.",
                new Ent("Delta Air", EntityType.COMPANY, "z-delta", "Delta"),
                new Ent("Delta Electronics", EntityType.COMPANY, "a-delta", "Delta"));

        assertThat(rels).extracting(Relation::companyAId, Relation::companyBId).containsExactly(tuple("a-delta", "z-delta"));
    }

    @Test
    void duplicatePairKeepsTheMostConfidentCue() {
        // "competes with" (0.85) is matched before "rival" (0.75): the first one found stays.
        assertThat(extract("Nvidia's rival AMD competes with Nvidia.", NVIDIA, AMD, NVIDIA))
                .extracting(Relation::companyAName, Relation::companyBName, Relation::cue, Relation::confidence)
                .containsExactly(tuple("AMD", "Nvidia", "competes with", 0.85));
        // "a challenge to" (0.7) is matched before "vs" (0.8): the later, more confident one replaces it.
        assertThat(extract("Intel vs AMD poses a challenge to Intel.", INTEL, AMD, INTEL))
                .extracting(Relation::companyAName, Relation::companyBName, Relation::cue, Relation::confidence)
                .containsExactly(tuple("AMD", "Intel", "vs", 0.8));
        // Several cues over one list still give one relation per pair.
        assertThat(extract("AMD competes against rivals Intel and Nvidia.", AMD, INTEL, NVIDIA))
                .extracting(Relation::companyAName, Relation::companyBName, Relation::cue)
                .containsExactlyInAnyOrder(tuple("AMD", "Intel", "competes against"),
                        tuple("AMD", "Nvidia", "competes against"));
    }

    @Test
    void mentionOffsetsAreDocumentOffsets() {
        String s = "  Microsoft announced a partnership with OpenAI in Texas. ";
        int begin = 1234;
        List<Mention> mentions = new ArrayList<>(RelationFixtures.mentions(7, s, begin, MICROSOFT, OPENAI, TEXAS));
        // A mention of another sentence (bad offsets) is ignored rather than failing.
        mentions.add(RelationFixtures.mention(7, begin + 500, company("Google", "google")));
        Sentence sentence = new Sentence(7, Section.WHY_IT_MATTERS, begin, begin + s.length(), s, List.of());

        List<Relation> rels = EXTRACTOR.extract(List.of(sentence), List.of(mentions));

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName,
                        Relation::sentenceIndex, Relation::section, Relation::evidence)
                .containsExactly(tuple(PARTNER, "Microsoft", "OpenAI", 7, Section.WHY_IT_MATTERS,
                        "Microsoft announced a partnership with OpenAI in Texas."));
        assertThat(EXTRACTOR.extract(sentence, mentions)).isEqualTo(rels);
    }

    @Test
    void sentencesAndMentionListsMustMatch() {
        assertThatThrownBy(() -> EXTRACTOR.extract(List.of(), List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subjectIsNotTakenAcrossASemicolon() {
        // Whose competition it is lies across the semicolon; AMD and Nvidia are not said to compete with each other.
        assertThat(extract("Intel reported a loss; competition from AMD and Nvidia grew.", INTEL, AMD, NVIDIA)).isEmpty();
    }

    @Test
    void listPassesOverARegionJoinedByACoordinator() {
        List<Relation> rels = extract("Intel competes with Nvidia, China's Huawei and AMD.", INTEL, NVIDIA, CHINA,
                company("Huawei", "huawei"), AMD);

        assertThat(rels).extracting(Relation::companyAName, Relation::companyBName)
                .containsExactlyInAnyOrder(tuple("Intel", "Nvidia"), tuple("Huawei", "Intel"), tuple("AMD", "Intel"));
    }

    @Test
    void cueInsideACompanyNameIsNoCue() {
        assertThat(extract("Oracle backed Silver Lake Partners with KKR in the deal.", ORACLE,
                company("Silver Lake Partners", "silverlake"), company("KKR", "kkr"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cueSentences")
    void cueAssertsRelation(String s, RelationType type, String a, String b, String cue) {
        List<Relation> rels = extract(s, AMD, INTEL);

        assertThat(rels).extracting(Relation::type, Relation::companyAName, Relation::companyBName, Relation::cue)
                .containsExactly(tuple(type, a, b, cue));
    }

    static Stream<Arguments> cueSentences() {
        return Stream.of(
                Arguments.of("AMD said its rival Intel cut prices.", COMPETITOR, "AMD", "Intel", "rival"),
                Arguments.of("AMD's rival Intel cut prices.", COMPETITOR, "AMD", "Intel", "rival"),
                Arguments.of("AMD, unlike competitors such as Intel, grew.", COMPETITOR, "AMD", "Intel", "competitors such as"),
                Arguments.of("AMD is competing fiercely against Intel.", COMPETITOR, "AMD", "Intel", "competing fiercely against"),
                Arguments.of("AMD poses a serious challenge to Intel's dominance.", COMPETITOR, "AMD", "Intel", "a serious challenge to"),
                Arguments.of("AMD is among challengers such as Intel.", COMPETITOR, "AMD", "Intel", "challengers such as"),
                Arguments.of("A price war between AMD and Intel looms.", COMPETITOR, "AMD", "Intel", "price war between"),
                Arguments.of("AMD takes on Intel with new chips.", COMPETITOR, "AMD", "Intel", "takes on"),
                Arguments.of("AMD keeps winning market share from Intel.", COMPETITOR, "AMD", "Intel", "market share from"),
                Arguments.of("AMD continues to lose ground to Intel.", COMPETITOR, "AMD", "Intel", "lose ground to"),
                Arguments.of("AMD is in a race with Intel for servers.", COMPETITOR, "AMD", "Intel", "in a race with"),
                Arguments.of("AMD teamed up with Intel on a standard.", PARTNER, "AMD", "Intel", "teamed up with"),
                Arguments.of("AMD formed an alliance with Intel.", PARTNER, "AMD", "Intel", "alliance with"),
                Arguments.of("AMD will collaborate with Intel on x86.", PARTNER, "AMD", "Intel", "collaborate with"),
                Arguments.of("AMD set up a joint venture with Intel.", PARTNER, "AMD", "Intel", "joint venture with"),
                Arguments.of("AMD won a deal to supply Intel with wafers.", PARTNER, "AMD", "Intel", "deal to supply"),
                Arguments.of("AMD inked a $2 billion deal with Intel.", PARTNER, "AMD", "Intel", "inked a $2 billion deal with"),
                Arguments.of("AMD reached an agreement with Intel.", PARTNER, "AMD", "Intel", "reached an agreement with"),
                Arguments.of("AMD's tools will be integrated into Intel's software.", PARTNER, "AMD", "Intel", "integrated into"),
                Arguments.of("AMD acquired Intel in a surprise deal.", ACQUISITION, "AMD", "Intel", "acquired"),
                Arguments.of("AMD acquires Intel.", ACQUISITION, "AMD", "Intel", "acquires"),
                Arguments.of("AMD completed its acquisition of Intel.", ACQUISITION, "AMD", "Intel", "acquisition of"),
                Arguments.of("AMD launched a takeover bid for Intel.", ACQUISITION, "AMD", "Intel", "takeover bid for"),
                Arguments.of("AMD's takeover of Intel closed.", ACQUISITION, "AMD", "Intel", "takeover of"),
                Arguments.of("AMD bought Intel last year.", ACQUISITION, "AMD", "Intel", "bought"),
                Arguments.of("AMD buys Intel.", ACQUISITION, "AMD", "Intel", "buys"),
                Arguments.of("AMD offered to buy Intel.", ACQUISITION, "AMD", "Intel", "to buy"),
                Arguments.of("AMD announced the purchase of Intel.", ACQUISITION, "AMD", "Intel", "purchase of"));
    }

    @Test
    void cueAfterTheLastCompanyYieldsNothing() {
        assertThat(extract("AMD and Intel face competition from startups.", AMD, INTEL)).isEmpty();
    }

    @Test
    void loadReturnsOneSharedInstance() {
        assertThat(RelationExtractor.load()).isSameAs(EXTRACTOR);
    }

    @Test
    void extractorSurvivesJavaSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(EXTRACTOR);
        }
        RelationExtractor copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (RelationExtractor) in.readObject();
        }
        String s = "Oracle agreed to acquire Cerner.";
        Sentence sentence = new Sentence(0, Section.BODY, 0, s.length(), s, List.of());
        List<Mention> mentions = RelationFixtures.mentions(0, s, 0, ORACLE, CERNER);
        assertThat(copy.extract(sentence, mentions)).isEqualTo(EXTRACTOR.extract(sentence, mentions)).hasSize(1);
    }

    @Test
    void cueFileRequiresHeaderAndWellFormedRows() {
        assertThat(CueFile.parse(List.of("# comment", "type\tpattern\troles\tconfidence",
                "PARTNER\t\\bpartners?\\s+with\\b\tsubject-objects\t0.5")))
                .singleElement().satisfies(c -> {
                    assertThat(c.type()).isEqualTo(PARTNER);
                    assertThat(c.roles()).isEqualTo(CuePattern.Roles.SUBJECT_OBJECTS);
                });
        assertThat(CuePattern.parse("COMPETITOR\trivals?\tnoun\t0.5").roles()).isEqualTo(CuePattern.Roles.NOUN);
        assertThatThrownBy(() -> CueFile.parse(List.of("PARTNER\tx\tbetween\t0.5")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> CueFile.parse(List.of("type\tpattern\troles\tconfidence",
                "PARTNER\tx\tsideways\t0.5"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CuePattern.parse("PARTNER\tx\tbetween\t1.5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packagedCueFileLoads() {
        assertThat(CueFile.read()).isNotEmpty()
                .extracting(CuePattern::type).contains(COMPETITOR, PARTNER, ACQUISITION);
    }

    // --- helpers ---

    private static Ent company(String name, String id) {
        return RelationFixtures.company(name, id);
    }

    private static List<Relation> extract(String sentence, Ent... ents) {
        return RelationFixtures.extract(sentence, ents);
    }
}
