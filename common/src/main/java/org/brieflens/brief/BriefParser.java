package org.brieflens.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits the text of a brief into sections.
 *
 * <p>A brief opens with a lead question line, then section headings ("What's Happening?",
 * "Why It's Important?", "What's Next?", "Beyond the Headlines") each followed by its text, and
 * may end with boilerplate lines that are not content. Text without any heading is an ordinary
 * article: its first line is the title and the rest the body.
 */
public final class BriefParser {
    private static final Set<String> BOILERPLATE = Set.of(
            "ai generated content",
            "do you find this article useful?");

    private BriefParser() {
    }

    /** True when the text contains at least one brief section heading on a line of its own. */
    public static boolean hasHeadings(String text) {
        return text.lines().anyMatch(line -> Section.ofHeading(line).isPresent());
    }

    /**
     * True when the text is in brief format but has no text under any heading: at most a lead
     * question, which alone is not a brief.
     */
    public static boolean headingsWithoutText(String text) {
        return hasHeadings(text) && briefSections(text).stream().allMatch(s -> s.section() == Section.LEAD);
    }

    /**
     * Sections of a text in brief format. The lines before the first heading form the
     * {@link Section#LEAD}; boilerplate lines and blank sections are dropped.
     */
    public static List<SectionText> briefSections(String text) {
        List<SectionText> sections = new ArrayList<>();
        Section current = Section.LEAD;
        StringBuilder buffer = new StringBuilder();
        for (String line : text.lines().toList()) {
            Optional<Section> heading = Section.ofHeading(line);
            if (heading.isPresent()) {
                addIfNotBlank(sections, current, buffer);
                current = heading.get();
                buffer.setLength(0);
            } else if (!isBoilerplate(line)) {
                appendLine(buffer, line);
            }
        }
        addIfNotBlank(sections, current, buffer);
        return sections;
    }

    /** Sections of an unsectioned article: the first non-blank line as title, the rest as body. */
    public static List<SectionText> articleSections(String text) {
        String content = withoutBoilerplate(text).strip();
        int lineEnd = content.indexOf('\n');
        String title = lineEnd < 0 ? content : content.substring(0, lineEnd);
        String body = lineEnd < 0 ? "" : content.substring(lineEnd + 1);
        List<SectionText> sections = new ArrayList<>();
        addIfNotBlank(sections, Section.TITLE, new StringBuilder(title));
        addIfNotBlank(sections, Section.BODY, new StringBuilder(body));
        return sections;
    }

    /** Sections of a text file: brief sections when it has headings, else title and body. */
    public static List<SectionText> sections(String text) {
        return hasHeadings(text) ? briefSections(text) : articleSections(text);
    }

    static boolean isBoilerplate(String line) {
        return BOILERPLATE.contains(line.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String withoutBoilerplate(String text) {
        StringBuilder kept = new StringBuilder();
        text.lines().filter(line -> !isBoilerplate(line)).forEach(line -> appendLine(kept, line));
        return kept.toString();
    }

    private static void appendLine(StringBuilder buffer, String line) {
        if (line.isBlank() && buffer.isEmpty()) {
            return;
        }
        if (!buffer.isEmpty()) {
            buffer.append('\n');
        }
        buffer.append(line.stripTrailing());
    }

    private static void addIfNotBlank(List<SectionText> sections, Section section, StringBuilder buffer) {
        String text = buffer.toString().strip();
        if (!text.isEmpty()) {
            sections.add(new SectionText(section, text));
        }
    }
}
