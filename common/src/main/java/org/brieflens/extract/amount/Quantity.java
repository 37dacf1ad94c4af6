package org.brieflens.extract.amount;

/**
 * A money or percent expression found in the tokens, before its context is attached.
 *
 * @param tokenBegin index of its first token in the sentence
 * @param tokenEnd   index after its last token
 * @param kind       {@link Amount#MONEY} or {@link Amount#PERCENT}
 * @param value      magnitude (money in currency units, percent as a number); the lower bound of a range
 * @param currency   ISO code for money, null for a percent
 * @param sign       sign written on the number: -1, 0 (none) or +1
 */
record Quantity(int tokenBegin, int tokenEnd, String kind, double value, String currency, int sign) {
    boolean money() {
        return Amount.MONEY.equals(kind);
    }
}
