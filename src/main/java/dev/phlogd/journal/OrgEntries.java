package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Org-mode entries (Emacs org-journal, Logseq's Org pages): the common subset read into the
 * Markdown that means the same, then rendered like any Markdown entry, so that dates, titles,
 * tags, drafts and dated sections follow the same rules. {@code #+TITLE:}, {@code #+DATE:},
 * {@code #+FILETAGS:} and {@code #+DRAFT:} are the front matter; {@code * headlines} are headings,
 * or, in an outline where most headlines are blocks with nothing under them (Logseq), list items;
 * {@code :PROPERTIES:} and other drawers, planning lines and comments are left out; links,
 * emphasis, code, {@code #+BEGIN_SRC}/{@code EXAMPLE}/{@code QUOTE}/{@code VERSE} blocks and tables
 * keep their meaning.
 */
final class OrgEntries {
    private static final Pattern KEYWORD = Pattern.compile("^#\\+([A-Za-z_]+):\\s*(.*)$");
    private static final Pattern BLOCK =
            Pattern.compile("^\\s*#\\+(BEGIN|END)_([A-Za-z]+)\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADLINE = Pattern.compile(
            "^(\\*+)\\s+(?:(TODO|DONE|DOING|NOW|LATER|WAITING|CANCELED|CANCELLED)\\s+)?(?:\\[#[A-C]\\]\\s+)?(.*?)"
                    + "(?:\\s+(:[\\w@#%:]+:))?\\s*$");
    private static final Pattern DRAWER = Pattern.compile("^\\s*:([A-Za-z_-]+):\\s*$");
    private static final Pattern PLANNING =
            Pattern.compile("^\\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\\s*[<\\[][^>\\]]*[>\\]]\\s*)+$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|[-+|]+\\|?\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]\\[]+)\\](?:\\[([^\\]\\[]+)\\])?\\]");
    private static final Pattern ORG_DATE =
            Pattern.compile("[<\\[](\\d{4}-\\d{2}-\\d{2})(?: [A-Za-z]{2,9}\\.?)?(?: (\\d{1,2}:\\d{2}))?[^>\\]]*[>\\]]");
    private static final String PRE = "(?<=^|[\\s(\\-'\"{])";
    private static final String POST = "(?=$|[\\s\\-.,:!?;'\")}\\]])";
    private static final List<Map.Entry<Pattern, String>> EMPHASIS = List.of(
            Map.entry(Pattern.compile(PRE + "\\*([^\\s*](?:[^*]*?[^\\s*])?)\\*" + POST), "**$1**"),
            Map.entry(Pattern.compile(PRE + "/([^\\s/](?:[^/]*?[^\\s/])?)/" + POST), "*$1*"),
            Map.entry(Pattern.compile(PRE + "\\+([^\\s+](?:[^+]*?[^\\s+])?)\\+" + POST), "~~$1~~"),
            Map.entry(Pattern.compile(PRE + "_([^\\s_](?:[^_]*?[^\\s_])?)_" + POST), "$1"));
    private static final Pattern VERBATIM = Pattern.compile(PRE + "([=~])([^\\s=~](?:.*?[^\\s])?)\\1" + POST);

    private OrgEntries() {}

    static JournalDocument parse(SourceFile file, String text, int width) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        String markdown = markdown(text, values, tags);
        if (!tags.isEmpty()) {
            values.put("tags", List.copyOf(tags));
        }
        FrontMatter fm = new FrontMatter(FrontMatter.Kind.ORG, values, markdown, 0, Optional.empty());
        return MarkdownEntries.parse(file, fm, width, SourceFormat.ORG);
    }

    private static String markdown(String text, Map<String, Object> values, List<String> tags) {
        String[] lines = text.split("\n", -1);
        boolean outline = isOutline(lines);
        List<String> out = new ArrayList<>();
        String block = null;
        boolean inDrawer = false;
        for (String line : lines) {
            Matcher b = BLOCK.matcher(line);
            if (b.matches()) {
                String kind = b.group(2).toUpperCase(Locale.ROOT);
                boolean begin = b.group(1).equalsIgnoreCase("BEGIN");
                if (begin && block == null) {
                    block = kind;
                    if (!kind.equals("QUOTE") && !kind.equals("CENTER")) {
                        out.add("```" + (kind.equals("SRC") ? b.group(3).strip().split("\\s+")[0] : ""));
                    }
                } else if (!begin && kind.equals(block)) {
                    if (!kind.equals("QUOTE") && !kind.equals("CENTER")) {
                        out.add("```");
                    }
                    block = null;
                }
                continue;
            }
            if (block != null && !block.equals("QUOTE") && !block.equals("CENTER")) {
                out.add(line);
                continue;
            }
            if (inDrawer) {
                inDrawer = !line.strip().equalsIgnoreCase(":END:");
                continue;
            }
            if (DRAWER.matcher(line).matches() && !line.strip().equalsIgnoreCase(":END:")) {
                inDrawer = true;
                continue;
            }
            Matcher k = KEYWORD.matcher(line);
            if (k.matches()) {
                keyword(k.group(1).toLowerCase(Locale.ROOT), k.group(2).strip(), values, tags);
                continue;
            }
            if (line.startsWith("#") && (line.length() == 1 || line.charAt(1) == ' ')
                    || PLANNING.matcher(line).matches()) {
                continue;
            }
            Matcher h = HEADLINE.matcher(line);
            String converted;
            if (h.matches()) {
                if (h.group(4) != null) {
                    for (String tag : h.group(4).split(":")) {
                        if (!tag.isBlank()) {
                            tags.add(tag);
                        }
                    }
                }
                String title = (h.group(2) == null ? "" : h.group(2) + " ") + inline(h.group(3));
                int level = h.group(1).length();
                converted =
                        outline ? "  ".repeat(level - 1) + "- " + title : "#".repeat(Math.min(6, level)) + " " + title;
            } else if (TABLE_RULE.matcher(line).matches()) {
                converted = line.replace('+', '|');
            } else {
                converted = inline(line);
            }
            out.add(block != null && block.equals("QUOTE") ? "> " + converted : converted);
        }
        return String.join("\n", out);
    }

    private static void keyword(String key, String value, Map<String, Object> values, List<String> tags) {
        switch (key) {
            case "title" -> values.putIfAbsent("title", value);
            case "date" -> {
                Matcher d = ORG_DATE.matcher(value);
                values.putIfAbsent(
                        "date", d.find() ? d.group(1) + (d.group(2) == null ? "" : " " + d.group(2)) : value);
            }
            case "filetags", "tags" -> {
                for (String tag : value.split("[:\\s,]+")) {
                    if (!tag.isBlank()) {
                        tags.add(tag);
                    }
                }
            }
            case "draft", "hugo_draft" -> values.putIfAbsent("draft", value.matches("(?i)t|true|yes"));
            default -> {
                // #+AUTHOR, #+OPTIONS, #+STARTUP...: settings for Emacs, nothing for readers.
            }
        }
    }

    /** Most headlines are blocks with nothing under them: an outline (Logseq), not a document with headings. */
    private static boolean isOutline(String[] lines) {
        int headlines = 0;
        int bare = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!HEADLINE.matcher(lines[i]).matches()) {
                continue;
            }
            headlines++;
            int next = i + 1;
            while (next < lines.length
                    && (lines[next].isBlank()
                            || DRAWER.matcher(lines[next]).matches()
                            || lines[next].strip().startsWith(":")
                            || PLANNING.matcher(lines[next]).matches())) {
                next++;
            }
            if (next >= lines.length || HEADLINE.matcher(lines[next]).matches()) {
                bare++;
            }
        }
        return headlines >= 3 && bare * 10 >= headlines * 6;
    }

    /** Org's inline markup as Markdown: links, emphasis, code. */
    static String inline(String line) {
        StringBuilder out = new StringBuilder();
        Matcher code = VERBATIM.matcher(line);
        int at = 0;
        while (code.find()) {
            out.append(nonCode(line.substring(at, code.start())))
                    .append('`')
                    .append(code.group(2))
                    .append('`');
            at = code.end();
        }
        return out.append(nonCode(line.substring(at))).toString();
    }

    private static String nonCode(String s) {
        String withLinks = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), m.group(2))));
        String out = withLinks;
        for (Map.Entry<Pattern, String> e : EMPHASIS) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return out;
    }

    private static String link(String target, String text) {
        boolean url = Urls.isAbsolute(target) && !target.startsWith("file:");
        String t = target.startsWith("file:") ? target.substring(5) : target;
        if (text == null) {
            return url ? "<" + t + ">" : "[[" + t + "]]";
        }
        return url || t.contains("/") || t.contains(".")
                ? "[" + text + "](" + t.replace(" ", "%20") + ")"
                : "[[" + t + "|" + text + "]]";
    }
}
