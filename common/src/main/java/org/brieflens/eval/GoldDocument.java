package org.brieflens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One hand-annotated document of a gold set (see eval/ANNOTATION_GUIDE.md). Company names are
 * as the annotator wrote them; pairs are unordered.
 */
record GoldDocument(String docId, String corpus, Set<String> companies, Set<String> countries,
                    Set<String> macroRegions, Set<List<String>> competitors, Set<List<String>> partners) {

    static GoldDocument of(JsonNode node) {
        return new GoldDocument(node.get("doc_id").asText(), node.get("corpus").asText(), strings(node.get("companies")),
                strings(node.get("countries")), strings(node.get("macro_regions")), pairs(node.get("competitors")),
                pairs(node.get("partners")));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<List<String>> pairs(JsonNode array) {
        Set<List<String>> values = new LinkedHashSet<>();
        array.forEach(p -> values.add(List.of(p.get(0).asText(), p.get(1).asText())));
        return values;
    }
}
