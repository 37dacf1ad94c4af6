package org.brieflens.jobs;

/**
 * Strings in the order Spark SQL sorts them: by their UTF-8 bytes, that is by code point.
 * {@link String#compareTo} compares UTF-16 units instead, which differs for characters beyond
 * the Basic Multilingual Plane.
 */
final class SqlOrder {
    private SqlOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; neither may be null. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** The smaller of two values, null only when both are. */
    static String minNonNull(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || compare(a, b) <= 0 ? a : b;
    }
}
