package org.brieflens.brief;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from HTML or XML markup pasted into a brief or article. Text that holds at least one
 * HTML element tag is treated as markup: script and style elements and comments are dropped,
 * block elements become line breaks (so a heading such as {@code <h2>What's Next?</h2>} stays on a
 * line of its own; runs of blank lines shrink to one), other tags are removed. Common character references ({@code &amp;},
 * {@code &#8217;} ...) are decoded in any text. Every step is linear in the text length, as it
 * runs on untrusted input without a time limit.
 */
public final class MarkupText {
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:html|head|body|title|meta|link|script|style|p|div|span|br|hr|a|b|i|u|em|strong|h[1-6]|ul|ol|li"
                    + "|table|thead|tbody|tr|td|th|img|section|article|header|footer|nav|main|blockquote|pre|code)"
                    + "(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:html|head|body|title|p|div|br|hr|h[1-6]|ul|ol|li|table|thead|tbody|tr|section|article|header"
                    + "|footer|nav|main|blockquote|pre)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    /** Any tag, declaration ({@code <!DOCTYPE>}) or processing instruction ({@code <?xml?>}). */
    private static final Pattern ANY_TAG = Pattern.compile("<[/!?]?[A-Za-z][^<>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\n(?:[ \t]*\n)+");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[a-z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "mdash", "\u2014", "ndash", "\u2013", "rsquo", "\u2019", "hellip", "\u2026");

    private MarkupText() {
    }

    /** True when the text holds at least one HTML element tag. */
    public static boolean isMarkup(String text) {
        return text.indexOf('<') >= 0 && HTML_TAG.matcher(text).find();
    }

    /** The text without markup and with character references decoded; other text is returned as it is. */
    public static String toPlainText(String text) {
        String plain = text;
        if (isMarkup(text)) {
            plain = withoutElement(withoutElement(withoutComments(text), "script"), "style");
            plain = ANY_TAG.matcher(BLOCK_TAG.matcher(plain).replaceAll("\n")).replaceAll("");
            plain = BLANK_LINES.matcher(plain).replaceAll("\n\n");
        }
        return plain.indexOf('&') >= 0 ? decodeReferences(plain) : plain;
    }

    private static String withoutComments(String text) {
        return withoutSpans(text, "<!--", "-->");
    }

    /** Drops every {@code <name ...>...</name>} element, content included. */
    private static String withoutElement(String text, String name) {
        return withoutSpans(text, "<" + name, "</" + name + ">");
    }

    /**
     * Drops each span from an opening marker to the next closing marker (matched ignoring case);
     * an unclosed span runs to the end of the text. One pass, so linear.
     */
    private static String withoutSpans(String text, String open, String close) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length() || !lower.contains(open)) {
            return text; // case mapping changed the length: positions would not line up; keep the text
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (int start = lower.indexOf(open); start >= 0; start = lower.indexOf(open, from)) {
            kept.append(text, from, start).append('\n');
            int end = lower.indexOf(close, start + open.length());
            from = end < 0 ? text.length() : end + close.length();
        }
        return kept.append(text, from, text.length()).toString();
    }

    private static String decodeReferences(String text) {
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(decoded, Matcher.quoteReplacement(character(reference.group(1), reference.group())));
        }
        return reference.appendTail(decoded).toString();
    }

    /** The character a reference stands for, or the reference itself when it is unknown or invalid. */
    private static String character(String name, String whole) {
        if (!name.startsWith("#")) {
            return NAMED.getOrDefault(name, whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        boolean text = Character.isValidCodePoint(codePoint) && codePoint != 0
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return text ? Character.toString(codePoint) : whole;
    }
}
