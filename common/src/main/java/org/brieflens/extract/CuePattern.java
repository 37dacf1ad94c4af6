package org.brieflens.extract;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of {@code relation-cues.tsv}: a cue regex, the relation it asserts, how the companies
 * around it pair up, and how much a match is trusted.
 *
 * @param type       relation the cue asserts
 * @param pattern    case-insensitive regex matched on the sentence text
 * @param roles      how companies around the cue are paired
 * @param confidence confidence given to relations found through this cue, in (0, 1]
 */
record CuePattern(RelationType type, Pattern pattern, Roles roles, double confidence) implements Serializable {

    /** How the companies around a cue are paired: the {@code roles} column. */
    enum Roles {
        /**
         * The subject before the cue (or the company an anaphor such as "its" before it points to)
         * with each company of the list after it: "X competes with Y and Z".
         */
        SUBJECT_OBJECTS,
        /**
         * A relational noun ("rivals", "partner", "customers"): as {@link #SUBJECT_OBJECTS}; with no
         * list after it, the list before a copula with the noun's possessor ("X and Y are its rivals",
         * "X is Z's partner"); with no subject, the listed companies of a noun that opens its clause
         * are one another's ("Rivals X and Y"), and otherwise they are the document topic's.
         */
        NOUN,
        /** Every pair within the coordinated subject list right before the cue ("X and Y reached a deal"). */
        SUBJECTS,
        /** Each company of the list after the cue acting on the subject before it: passive "X was acquired by Y". */
        OBJECTS_SUBJECT,
        /** Every pair within the list after the cue ("between X, Y and Z"). */
        BETWEEN,
        /** The company right before the cue with the company right after it ("X vs Y"). */
        AROUND;

        /** Parses a {@code roles} column value such as {@code subject-objects}. */
        static Roles ofCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    CuePattern {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(roles, "roles");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
        }
    }

    /**
     * Parses one data row: {@code type \t pattern \t roles \t confidence}.
     *
     * @throws IllegalArgumentException when the row is malformed
     */
    static CuePattern parse(String row) {
        String[] cols = row.split("\t", -1);
        if (cols.length != 4) {
            throw new IllegalArgumentException("expected 4 tab-separated columns, got " + cols.length);
        }
        // UNICODE_CASE so that case folding also works on curly quotes and accented letters.
        Pattern pattern = Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new CuePattern(RelationType.valueOf(cols[0].strip()), pattern, Roles.ofCode(cols[2]),
                Double.parseDouble(cols[3].strip()));
    }
}
