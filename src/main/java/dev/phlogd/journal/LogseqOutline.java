package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Logseq page read as Logseq shows it. Every block is a {@code - } bullet and nesting is written
 * with TABs, which CommonMark would take for indented code after a heading or a paragraph: here
 * indentation is nesting, never code (only fenced code is code). A block's {@code heading:: true}
 * (or {@code heading:: 2}) makes it a heading; its {@code id:: uuid} lets other blocks refer to it,
 * so the block's text is kept for {@code ((uuid))} references and embeds. Macros become text:
 * a video is a link to its URL, a cloze its text; queries, renderers and the like are left out.
 */
record LogseqOutline(String text, Map<String, String> blocks, boolean outline) {
    private static final Pattern BULLETED = Pattern.compile("(?m)^\\t*- ");
    private static final Pattern TAB_BULLET = Pattern.compile("(?m)^\\t+- ");
    private static final Pattern PROPERTY = Pattern.compile("(?m)^\\s*(?:- )?[A-Za-z][A-Za-z0-9_-]*:: ");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:- )?(```|~~~)");
    private static final Pattern BLOCK_PROPERTY = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_-]*)::\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)- (.*)$");
    private static final Pattern MACRO = Pattern.compile("\\{\\{\\s*([A-Za-z][\\w-]*)\\s*(.*?)\\s*}}");
    private static final Pattern TASK = Pattern.compile("^(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED) ");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A block reference: {@code ((uuid))}. */
    static final Pattern BLOCK_REF = Pattern.compile("\\(\\((" + UUID.pattern() + ")\\)\\)");

    /**
     * True for a page written by an outliner: its blocks are {@code - } bullets, nested with TABs
     * or carrying {@code key:: value} properties. Plain Markdown editors indent with spaces.
     */
    static boolean isOutline(String text) {
        // Every file is asked, and each pattern is tried at every position: the characters they
        // need are looked for first, which rules out most files in a pass or two.
        return text.contains("- ")
                && ((text.indexOf('\t') >= 0 && TAB_BULLET.matcher(text).find())
                        || (text.contains(":: ") && PROPERTY.matcher(text).find()))
                && BULLETED.matcher(text).find();
    }

    /**
     * Every list of an outline is tight, as Logseq shows it: a blank line inside one block (before
     * a numbered list, say) must not spread the whole page apart from there on.
     */
    static void tighten(org.commonmark.node.Node doc) {
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.BulletList list) {
                list.setTight(true);
                visitChildren(list);
            }

            @Override
            public void visit(org.commonmark.node.OrderedList list) {
                list.setTight(true);
                visitChildren(list);
            }
        });
    }

    /** The page as Markdown that means what Logseq shows; text that is no outline is returned as it is. */
    static LogseqOutline read(String text) {
        if (!isOutline(text)) {
            return new LogseqOutline(text, Map.of(), false);
        }
        Map<String, String> blocks = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        int lastBullet = -1;
        boolean inFence = false;
        for (String raw : text.split("\n", -1)) {
            String line = untab(raw);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                out.add(line);
                continue;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            Matcher property = BLOCK_PROPERTY.matcher(line);
            if (property.matches() && lastBullet >= 0) {
                String key = property.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = property.group(2).strip();
                if (key.equals("id") && UUID.matcher(value).matches()) {
                    blocks.put(value.toLowerCase(java.util.Locale.ROOT), blockText(out.get(lastBullet)));
                } else if (key.equals("heading") && !value.equals("false")) {
                    out.set(lastBullet, asHeading(out.get(lastBullet), value));
                }
                // The property line itself is taken out with the page's other properties.
                out.add(line);
                continue;
            }
            if (BULLET.matcher(line).matches()) {
                lastBullet = out.size();
            }
            out.add(macros(line));
        }
        return new LogseqOutline(String.join("\n", out), Map.copyOf(blocks), true);
    }

    /** Leading TABs as two spaces each: a nested bullet then sits in its parent's content column. */
    private static String untab(String line) {
        int tabs = 0;
        while (tabs < line.length() && line.charAt(tabs) == '\t') {
            tabs++;
        }
        return tabs == 0 ? line : "  ".repeat(tabs) + line.substring(tabs);
    }

    private static String asHeading(String bulletLine, String level) {
        Matcher m = BULLET.matcher(bulletLine);
        if (!m.matches() || m.group(2).startsWith("#")) {
            return bulletLine;
        }
        int n = level.matches("[1-6]") ? Integer.parseInt(level) : 2;
        return m.group(1) + "- " + "#".repeat(n) + " " + m.group(2);
    }

    /** What a reference to a block shows: its first line, without the bullet, task keyword or macros. */
    private static String blockText(String bulletLine) {
        Matcher m = BULLET.matcher(bulletLine);
        String content = m.matches() ? m.group(2) : bulletLine.strip();
        content = content.replaceFirst("^#{1,6} ", "");
        content = TASK.matcher(content).replaceFirst("");
        return plain(macros(content)).strip();
    }

    /** Logseq macros in one line replaced by their text (embeds are kept: they are resolved when rendered). */
    static String macros(String line) {
        if (!line.contains("{{")) {
            return line;
        }
        return MACRO.matcher(line).replaceAll(m -> Matcher.quoteReplacement(macro(m.group(1), m.group(2), m.group())));
    }

    private static String macro(String name, String argument, String whole) {
        String arg = argument.strip();
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "embed" -> whole;
            case "cloze" -> arg;
            case "video", "youtube", "vimeo", "bilibili", "tweet", "twitter", "pdf", "audio" -> {
                if (arg.matches("(?i)https?://\\S+")) {
                    yield "<" + arg + ">";
                }
                yield name.equalsIgnoreCase("youtube") && arg.matches("[\\w-]{6,20}")
                        ? "<https://www.youtube.com/watch?v=" + arg + ">"
                        : "";
            }
            default -> "";
        };
    }

    /** Text with block references and embeds taken out, for search words and summaries. */
    static String plain(String text) {
        if (!text.contains("((") && !text.contains("{{")) {
            return text;
        }
        return BLOCK_REF.matcher(MACRO.matcher(text).replaceAll("")).replaceAll("");
    }
}
