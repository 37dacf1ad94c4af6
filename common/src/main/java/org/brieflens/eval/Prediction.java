package org.brieflens.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an extractor found in one document, as comparable keys per field: canonical company keys
 * ({@link CompanyKeys}), ISO codes, macro region ids, and unordered pairs of company keys.
 */
final class Prediction {
    private final Map<Field, Set<Object>> values = new EnumMap<>(Field.class);

    Prediction() {
        for (Field field : Field.values()) {
            values.put(field, new HashSet<>());
        }
    }

    void add(Field field, Object value) {
        values.get(field).add(value);
    }

    void addPair(Field field, String a, String b) {
        if (!a.equals(b)) {
            values.get(field).add(Set.of(a, b));
        }
    }

    Set<Object> get(Field field) {
        return values.get(field);
    }
}
