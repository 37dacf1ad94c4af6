package org.brieflens.extract.amount;

import java.io.Serializable;
import java.util.Objects;
import org.brieflens.brief.Section;

/**
 * A money or percent expression of a sentence, with what it measures.
 *
 * @param sentenceIndex index of the sentence in the document, from 0
 * @param section       section of that sentence
 * @param charBegin     offset of the first character in the document text
 * @param charEnd       offset after the last character in the document text
 * @param surface       the expression as written ("$53 billion", "26%", "$3bn-$4bn")
 * @param kind          {@code "MONEY"} or {@code "PERCENT"}
 * @param value         money in units of the currency (5.3e10 for "$53 billion"); a percent as a number (26.0 for
 *                      "26%", also for "26 percentage points"). Always the magnitude: a sign goes to the direction.
 *                      For a range, the lower bound
 * @param currency      ISO 4217 code for money, null for a percent
 * @param direction     {@code "up"}, {@code "down"} or null when no cue says
 * @param basis         {@code "yoy"}, {@code "qoq"}, {@code "mom"} or null
 * @param period        {@code "2025-Q2"}, {@code "2025-H1"}, {@code "2025"} (fiscal or calendar as written) or null
 * @param metric        what the amount measures ({@code revenue}, {@code funding}, {@code stake} ...; see
 *                      {@code metric-cues.tsv}), or null when no cue says
 * @param companyId     entity id of the company the amount describes (a product stands for its owner), or null
 * @param companyName   entity name of that company, or null
 * @param evidence      the sentence, stripped
 */
public record Amount(int sentenceIndex, Section section, int charBegin, int charEnd, String surface, String kind,
                     Double value, String currency, String direction, String basis, String period, String metric,
                     String companyId, String companyName, String evidence) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** {@link #kind()} of money. */
    public static final String MONEY = "MONEY";
    /** {@link #kind()} of a percent or percentage points. */
    public static final String PERCENT = "PERCENT";

    public Amount {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }
}
