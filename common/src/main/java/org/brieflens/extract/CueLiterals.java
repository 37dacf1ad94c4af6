package org.brieflens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal words a cue's regex cannot match without: read off the regex, so that a sentence
 * containing none of them skips the regex. Most sentences naming two companies carry no cue, and
 * scanning each with every cue regex is the costly part of relation extraction.
 *
 * <p>The analysis is conservative: it keeps only letters, digits and hyphens that every match
 * must contain, in order and unquantified, outside lookarounds and optional parts; where it is
 * unsure it finds nothing, and the regex is always run. Compared on text folded by {@link #fold},
 * as the cue regexes match case-insensitively.
 */
final class CueLiterals {
    private final String regex;
    private int at;

    private CueLiterals(String regex) {
        this.regex = regex;
    }

    /**
     * Words, in lower case, at least one of which occurs in every match of the regex (compared on
     * folded text); empty when no such words are certain.
     */
    static Set<String> required(String regex) {
        CueLiterals parser = new CueLiterals(regex);
        Set<String> words = parser.alternation();
        return parser.at == regex.length() && words != null ? Set.copyOf(words) : Set.of();
    }

    /** Whether the folded text contains one of the words; true for no words (nothing known). */
    static boolean mayMatch(String foldedText, Set<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words) {
            if (foldedText.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every character case-folded as a case-insensitive Unicode regex compares it:
     * upper case, then lower case (so the long s becomes "s" and the Kelvin sign "k").
     */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    /** Alternatives up to a closing parenthesis or the end: each must have words, and any will do. */
    private Set<String> alternation() {
        Set<String> any = new LinkedHashSet<>();
        boolean known = true;
        while (true) {
            Set<String> words = sequence();
            if (words == null) {
                known = false;
            } else {
                any.addAll(words);
            }
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                continue;
            }
            return known ? any : null;
        }
    }

    /** The best requirement of one alternative: the choice whose shortest word is longest. */
    private Set<String> sequence() {
        List<Set<String>> choices = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            char c = regex.charAt(at);
            Set<String> group = null;
            boolean literal = false;
            if (c == '\\') {
                skipEscape();
            } else if (c == '[') {
                skipClass();
            } else if (c == '(') {
                group = group();
            } else {
                at++;
                literal = Character.isLetterOrDigit(c) && c < 0x80 || c == '-';
            }
            Quantifier q = quantifier();
            if (literal && q == Quantifier.ONCE) {
                run.append(Character.toLowerCase(c));
                continue;
            }
            flush(run, choices);
            if (literal && q == Quantifier.AT_LEAST_ONCE) {
                run.append(Character.toLowerCase(c)); // present at least once: it may start the next run
            } else if (group != null && q != Quantifier.OPTIONAL) {
                choices.add(group);
            }
        }
        flush(run, choices);
        return choices.stream().max(Comparator.comparingInt(CueLiterals::shortest)).orElse(null);
    }

    private static void flush(StringBuilder run, List<Set<String>> choices) {
        if (!run.isEmpty()) {
            choices.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    /** A group's requirement; null for lookarounds, which consume nothing, and for groups with none. */
    private Set<String> group() {
        at++; // (
        boolean lookaround = false;
        if (regex.startsWith("?", at)) {
            lookaround = regex.startsWith("?=", at) || regex.startsWith("?!", at)
                    || regex.startsWith("?<=", at) || regex.startsWith("?<!", at);
            int colon = at;
            while (colon < regex.length() && "?<>=!:-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(
                    regex.charAt(colon)) >= 0 && regex.charAt(colon) != ':') {
                colon++;
            }
            if (lookaround) {
                at += regex.startsWith("?<", at) ? 3 : 2;
            } else if (colon < regex.length() && regex.charAt(colon) == ':') {
                at = colon + 1; // (?: or inline flags (?-i:
            } else if (colon < regex.length() && regex.charAt(colon) == ')') {
                at = colon + 1; // inline flags for the rest, such as (?i): consume nothing
                return null;
            } else {
                at = colon; // a named group (?<name>: the scan may have passed over the start of its content, which only weakens the result
            }
        }
        Set<String> inner = alternation();
        if (at < regex.length() && regex.charAt(at) == ')') {
            at++;
        }
        return lookaround ? null : inner;
    }

    /** Skips an escape whole: a class such as {@code \s}, a quoted {@code \Q..\E}, a code such as {@code \x41}, a back reference. */
    private void skipEscape() {
        at++; // backslash
        if (at >= regex.length()) {
            return;
        }
        char c = regex.charAt(at++);
        if (c == 'Q') {
            int end = regex.indexOf("\\E", at);
            at = end < 0 ? regex.length() : end + 2;
        } else if (at < regex.length() && regex.charAt(at) == '{' && "pPxNk".indexOf(c) >= 0) {
            at = regex.indexOf('}', at) + 1;
        } else if (c == 'k' && at < regex.length() && regex.charAt(at) == '<') {
            at = regex.indexOf('>', at) + 1; // a named back reference
        } else if (c == 'x') {
            at = Math.min(regex.length(), at + 2);
        } else if (c == 'u') {
            at = Math.min(regex.length(), at + 4);
        } else if (c == 'c') {
            at = Math.min(regex.length(), at + 1);
        } else if (Character.isDigit(c)) {
            while (at < regex.length() && Character.isDigit(regex.charAt(at))) {
                at++; // an octal code or a back reference
            }
        }
    }

    private void skipClass() {
        at++; // [
        int depth = 1;
        while (at < regex.length() && depth > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private enum Quantifier { ONCE, OPTIONAL, AT_LEAST_ONCE }

    /** Reads the quantifier after an atom, with its lazy or possessive mark. */
    private Quantifier quantifier() {
        if (at >= regex.length()) {
            return Quantifier.ONCE;
        }
        char c = regex.charAt(at);
        Quantifier q;
        if (c == '?' || c == '*') {
            at++;
            q = Quantifier.OPTIONAL;
        } else if (c == '+') {
            at++;
            q = Quantifier.AT_LEAST_ONCE;
        } else if (c == '{' && at + 1 < regex.length() && Character.isDigit(regex.charAt(at + 1))) {
            int close = regex.indexOf('}', at);
            String min = regex.substring(at + 1, close).split(",", -1)[0].strip();
            at = close + 1;
            q = Integer.parseInt(min) == 0 ? Quantifier.OPTIONAL : Quantifier.AT_LEAST_ONCE;
        } else {
            return Quantifier.ONCE;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return q;
    }
}
