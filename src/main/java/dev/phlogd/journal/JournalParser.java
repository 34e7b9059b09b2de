package dev.phlogd.journal;

import dev.phlogd.content.FileKinds;
import dev.phlogd.text.CleanText;
import dev.phlogd.text.TextDecoder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Reads an entry file into a {@link JournalDocument}. The rules, in the order they apply:
 * <ul>
 *   <li>Format: {@code .md} and friends are Markdown, {@code .gmi} gemtext; a {@code .txt} is
 *       Markdown when it has front matter or Markdown syntax, jrnl when it starts with a
 *       {@code [YYYY-MM-DD HH:MM]} line, plain text otherwise.
 *   <li>Date: front matter, else the file name, else the first dated heading, else the file's
 *       modification time.
 *   <li>Title: front matter (or Logseq's {@code title::}), else the first heading, else the file
 *       name made readable.
 *   <li>Tags: front matter {@code tags} and {@code categories} (Zola's {@code [taxonomies]} too),
 *       Logseq {@code tags::}, and inline {@code #tag} / {@code #[[multi word tag]]}.
 *   <li>Draft: {@code draft: true} or {@code published: false}.
 *   <li>A file with two or more headings (of one level) that start with a date is made of dated
 *       sections, one entry each; so is a jrnl file with two or more entries.
 * </ul>
 * Front matter that fails to parse loses only its values: the body, title and date from other
 * sources stay, and the reason is reported in {@link JournalDocument#frontMatterError()}.
 */
public final class JournalParser {
    private static final List<String> DATE_KEYS = List.of(
            "date", "pubDate", "publishDate", "published", "created", "date created", "created at",
            "creation date", "creationDate");
    private static final Pattern JRNL_HEAD = Pattern.compile(
            "^\\[(\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?)\\] ?(.*)$");
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(?:#{1,6} \\S|```|~~~|\\s*[-*+] \\[[ xX]\\] |\\t+[-*+] )|\\]\\([^)\\s]+\\)|!\\[|\\[\\[[^\\]\\n]+\\]\\]|\\*\\*\\S|<https?://");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!](?=\\s|$)");
    private static final Pattern GEMINI_LINK_OR_BARE_URL =
            Pattern.compile("(?m)^=>\\s*(\\S+)|(" + Urls.BARE_URL.pattern() + ")");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");

    private final int width;
    private final ZoneId zone;

    /**
     * @param width the wrap width (it decides which {@code ```markdown} fences are prose)
     * @param zone the time zone of modification times used as dates
     */
    public JournalParser(int width, ZoneId zone) {
        this.width = width;
        this.zone = zone;
    }

    public JournalDocument parse(String fileName, byte[] bytes, Instant modified) {
        String text = CleanText.withoutControls(TextDecoder.decode(bytes).replace("\uFEFF", ""));
        String ext = FileKinds.extension(fileName);
        FrontMatter fm = FrontMatter.split(text);
        Meta meta = new Meta(fileName, modified);
        if (ext.equals("gmi") || ext.equals("gemini")) {
            return plain(meta, fm, SourceFormat.GEMTEXT);
        }
        boolean markdown = !ext.equals("txt") && !ext.equals("text")
                || fm.kind() != FrontMatter.Kind.NONE
                || (!isJrnl(fm.body()) && MARKDOWN_SIGNS.matcher(fm.body()).find());
        if (markdown) {
            return markdown(meta, fm);
        }
        if (isJrnl(fm.body())) {
            return jrnl(meta, fm);
        }
        return plain(meta, fm, SourceFormat.PLAIN_TEXT);
    }

    /** The file-level facts every format shares. */
    private record Meta(String fileName, Instant modified) {}

    private JournalDocument markdown(Meta meta, FrontMatter fm) {
        LogseqProperties logseq = LogseqProperties.extract(ObsidianComments.strip(fm.body()));
        Document doc = MarkdownParsing.parse(logseq.text(), width);
        List<Node> blocks = children(doc);
        BlockFacts facts = BlockFacts.of(blocks);

        List<Heading> dated = datedSectionHeadings(blocks);
        Optional<String> headingTitle = firstHeading(doc, dated);
        Optional<DateParser.Leading> headingDate = blocks.stream()
                .filter(n -> n instanceof Heading)
                .map(n -> DateParser.parseLeading(BlockFacts.textOf(n)))
                .flatMap(Optional::stream)
                .findFirst();

        Set<String> fileTags = fileTags(fm);
        fileTags.addAll(splitWords(logseq.properties().get("tags")));
        boolean draft = isDraft(fm);

        List<JournalDocument.Section> sections = dated.isEmpty() ? List.of() : sections(blocks, dated, fileTags, draft);
        Optional<String> title = fm.string("title").or(() -> Optional.ofNullable(logseq.properties().get("title")))
                .filter(s -> !s.isBlank());
        EntryDateChoice date = chooseDate(fm, meta, headingDate.map(DateParser.Leading::date)
                .or(() -> sectionsNewest(sections)), logseq.properties().get("date"));
        String wholeTitle = title.or(() -> headingTitle).orElseGet(() -> fileTitle(meta.fileName(), date));
        TitleSource titleSource = title.isPresent() ? TitleSource.FRONT_MATTER
                : headingTitle.isPresent() ? TitleSource.HEADING : TitleSource.FILE_NAME;
        Set<String> tags = new LinkedHashSet<>(fileTags);
        tags.addAll(facts.tags);
        EntryInfo whole = new EntryInfo("", wholeTitle, titleSource, date.date(), date.source(), dedupe(tags), draft,
                facts.links, facts.text.toString());
        return new JournalDocument(meta.fileName(), SourceFormat.MARKDOWN, whole,
                new JournalDocument.MarkdownBody(blocks), List.copyOf(sections), fm.error());
    }

    /** Headings that open dated sections: two or more top-level headings of one level that start with a date. */
    private static List<Heading> datedSectionHeadings(List<Node> blocks) {
        Map<Integer, List<Heading>> byLevel = new HashMap<>();
        for (Node n : blocks) {
            if (n instanceof Heading h && DateParser.parseLeading(BlockFacts.textOf(h)).isPresent()) {
                byLevel.computeIfAbsent(h.getLevel(), k -> new ArrayList<>()).add(h);
            }
        }
        return byLevel.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .min(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .orElse(List.of());
    }

    private List<JournalDocument.Section> sections(List<Node> blocks, List<Heading> dated, Set<String> fileTags, boolean draft) {
        int level = dated.get(0).getLevel();
        List<JournalDocument.Section> sections = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Heading current = null;
        List<Node> body = new ArrayList<>();
        for (Node n : blocks) {
            boolean opens = n instanceof Heading h && dated.contains(h);
            boolean closes = n instanceof Heading h && h.getLevel() < level;
            if ((opens || closes) && current != null) {
                sections.add(section(current, body, fileTags, draft, ids));
                current = null;
            }
            if (opens) {
                current = (Heading) n;
                body = new ArrayList<>();
            } else if (current != null) {
                body.add(n);
            }
        }
        if (current != null) {
            sections.add(section(current, body, fileTags, draft, ids));
        }
        return sections;
    }

    private static JournalDocument.Section section(Heading heading, List<Node> body, Set<String> fileTags, boolean draft,
            Map<String, Integer> ids) {
        DateParser.Leading leading = DateParser.parseLeading(BlockFacts.textOf(heading)).orElseThrow();
        BlockFacts facts = BlockFacts.of(body);
        BlockFacts headingFacts = BlockFacts.of(List.of(heading));
        Set<String> tags = new LinkedHashSet<>(fileTags);
        tags.addAll(headingFacts.tags);
        tags.addAll(facts.tags);
        String title = leading.rest().isEmpty() ? leading.date().longForm() : leading.rest();
        String id = uniqueId(leading.date().iso(), ids);
        EntryInfo info = new EntryInfo(id, title, TitleSource.HEADING, leading.date(), DateSource.HEADING, dedupe(tags),
                draft, facts.links, facts.text.toString());
        return new JournalDocument.Section(info, new JournalDocument.MarkdownBody(List.copyOf(body)));
    }

    /** {@code 2023-09-03}, or {@code 2023-09-03-2} for the second section with that id in one file. */
    private static String uniqueId(String base, Map<String, Integer> ids) {
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private static Optional<EntryDate> sectionsNewest(List<JournalDocument.Section> sections) {
        return sections.stream().map(s -> s.info().date()).max(EntryDate::compareTo);
    }

    private static Optional<String> firstHeading(Document doc, List<Heading> dated) {
        Heading[] found = new Heading[1];
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (found[0] == null && !dated.contains(heading) && !BlockFacts.textOf(heading).isBlank()) {
                    found[0] = heading;
                }
            }
        });
        return Optional.ofNullable(found[0]).map(BlockFacts::textOf);
    }

    private JournalDocument jrnl(Meta meta, FrontMatter fm) {
        List<String> lines = List.of(fm.body().split("\n", -1));
        List<JournalDocument.Section> sections = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        StringBuilder body = null;
        String head = null;
        for (String line : lines) {
            Matcher m = JRNL_HEAD.matcher(line);
            if (m.matches()) {
                if (head != null) {
                    sections.add(jrnlSection(head, body.toString(), ids));
                }
                head = line;
                body = new StringBuilder();
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        if (head != null) {
            sections.add(jrnlSection(head, body.toString(), ids));
        }
        Set<String> tags = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (JournalDocument.Section s : sections) {
            tags.addAll(s.info().tags());
            text.append(s.info().title()).append('\n').append(s.info().text()).append('\n');
        }
        EntryDateChoice date = chooseDate(fm, meta, sectionsNewest(sections), null);
        String title = fileTitle(meta.fileName(), date);
        EntryInfo whole = new EntryInfo("", title, TitleSource.FILE_NAME, date.date(), date.source(), dedupe(tags), false,
                textLinks(fm.body()), text.toString());
        JournalDocument.Body wholeBody = new JournalDocument.TextBody(SourceFormat.JRNL, fm.body());
        if (sections.size() == 1) {
            JournalDocument.Section only = sections.get(0);
            EntryInfo single = new EntryInfo("", only.info().title(), TitleSource.HEADING, only.info().date(),
                    DateSource.HEADING, only.info().tags(), false, only.info().links(), only.info().text());
            return new JournalDocument(meta.fileName(), SourceFormat.JRNL, single, only.body(), List.of(), fm.error());
        }
        return new JournalDocument(meta.fileName(), SourceFormat.JRNL, whole, wholeBody, List.copyOf(sections), fm.error());
    }

    private static JournalDocument.Section jrnlSection(String head, String body, Map<String, Integer> ids) {
        Matcher m = JRNL_HEAD.matcher(head);
        if (!m.matches()) {
            throw new IllegalStateException(head);
        }
        EntryDate date = DateParser.parse(m.group(1)).orElseThrow();
        String first = m.group(2).strip();
        Matcher end = SENTENCE_END.matcher(first);
        String title;
        String rest;
        if (end.find()) {
            title = first.substring(0, end.end()).strip();
            rest = first.substring(end.end()).strip();
        } else {
            title = first;
            rest = "";
        }
        if (title.isEmpty()) {
            title = date.longForm();
        }
        String text = (rest.isEmpty() ? "" : rest + "\n") + body.strip() + "\n";
        Set<String> tags = new LinkedHashSet<>();
        Matcher tag = InlineSyntax.AT_TAG.matcher(head + "\n" + body);
        while (tag.find()) {
            tags.add(tag.group(1));
        }
        tags.addAll(hashtags(head + "\n" + body));
        String id = date.time() == null ? date.iso()
                : date.iso() + "-" + date.time().toString().substring(0, 5).replace(":", "");
        id = uniqueId(id, ids);
        EntryInfo info = new EntryInfo(id, title, TitleSource.HEADING, date, DateSource.HEADING, dedupe(tags), false,
                textLinks(text), text);
        return new JournalDocument.Section(info, new JournalDocument.TextBody(SourceFormat.JRNL, text));
    }

    private JournalDocument plain(Meta meta, FrontMatter fm, SourceFormat format) {
        String body = fm.body();
        Optional<String> heading = format == SourceFormat.GEMTEXT ? gemtextTitle(body) : underlinedTitle(body);
        Optional<EntryDate> headingDate = heading.flatMap(h -> DateParser.parseLeading(h)).map(DateParser.Leading::date);
        EntryDateChoice date = chooseDate(fm, meta, headingDate, null);
        Optional<String> fmTitle = fm.string("title");
        String title = fmTitle.or(() -> heading).orElseGet(() -> fileTitle(meta.fileName(), date));
        TitleSource titleSource = fmTitle.isPresent() ? TitleSource.FRONT_MATTER
                : heading.isPresent() ? TitleSource.HEADING : TitleSource.FILE_NAME;
        Set<String> tags = fileTags(fm);
        tags.addAll(hashtags(body));
        EntryInfo whole = new EntryInfo("", title, titleSource, date.date(), date.source(), dedupe(tags), isDraft(fm),
                textLinks(body), body);
        // The header shows the title; a body that opens with it as its heading does not repeat it.
        String shown = heading.filter(h -> h.equals(title)).map(h -> withoutTitleLines(body, format)).orElse(body);
        return new JournalDocument(meta.fileName(), format, whole, new JournalDocument.TextBody(format, shown), List.of(),
                fm.error());
    }

    /** A first line underlined with {@code ===} or {@code ---}, as plain-text documents title themselves. */
    private static Optional<String> underlinedTitle(String body) {
        String[] lines = body.strip().split("\n", 3);
        if (lines.length >= 2 && UNDERLINE.matcher(lines[1]).matches() && !lines[0].isBlank()) {
            return Optional.of(lines[0].strip());
        }
        return Optional.empty();
    }

    /** The body without its title heading (an underlined first line, or gemtext's first "# " line). */
    private static String withoutTitleLines(String body, SourceFormat format) {
        String[] lines = body.split("\n", -1);
        int skip = 0;
        while (skip < lines.length && lines[skip].isBlank()) {
            skip++;
        }
        if (format == SourceFormat.GEMTEXT) {
            if (skip < lines.length && lines[skip].startsWith("# ")) {
                skip++;
            } else {
                return body;
            }
        } else {
            skip += 2;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.min(skip, lines.length), lines.length));
    }

    private static Optional<String> gemtextTitle(String body) {
        for (String line : body.split("\n")) {
            if (line.startsWith("# ")) {
                return Optional.of(line.substring(2).strip());
            }
        }
        return Optional.empty();
    }

    private static List<RawLink> textLinks(String text) {
        List<RawLink> links = new ArrayList<>();
        Matcher m = GEMINI_LINK_OR_BARE_URL.matcher(text);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : Urls.bareUrl(m.group(2));
            links.add(new RawLink(RawLink.Kind.LINK, url));
        }
        return links;
    }

    private static Set<String> hashtags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = InlineSyntax.HASHTAG.matcher(text);
        while (m.find()) {
            String name = InlineSyntax.tagName(m);
            if (name != null) {
                tags.add(name);
            }
        }
        return tags;
    }

    private static Set<String> fileTags(FrontMatter fm) {
        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(fm.words("tags"));
        tags.addAll(fm.words("categories"));
        FrontMatter taxonomies = fm.table("taxonomies");
        tags.addAll(taxonomies.words("tags"));
        tags.addAll(taxonomies.words("categories"));
        return tags;
    }

    private static List<String> splitWords(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            String word = part.strip().replaceAll("^\\[\\[|\\]\\]$", "").replaceAll("^#", "").strip();
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /** Tags in first-seen order, without a leading '#', one spelling per tag (case-insensitively). */
    private static List<String> dedupe(Set<String> tags) {
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        for (String tag : tags) {
            String t = tag.strip();
            while (t.startsWith("#")) {
                t = t.substring(1);
            }
            t = t.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                seen.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
            }
        }
        return List.copyOf(seen.values());
    }

    private static boolean isDraft(FrontMatter fm) {
        return fm.bool("draft").orElse(false) || !fm.bool("published").orElse(true);
    }

    private record EntryDateChoice(EntryDate date, DateSource source) {}

    private EntryDateChoice chooseDate(FrontMatter fm, Meta meta, Optional<EntryDate> fromHeading, String logseqDate) {
        for (String key : DATE_KEYS) {
            Optional<EntryDate> d = fm.get(key).flatMap(DateParser::parse);
            if (d.isPresent()) {
                return new EntryDateChoice(d.get(), DateSource.FRONT_MATTER);
            }
        }
        if (logseqDate != null) {
            Optional<EntryDate> d = DateParser.parse(logseqDate.replaceAll("^\\[\\[|\\]\\]$", ""));
            if (d.isPresent()) {
                return new EntryDateChoice(d.get(), DateSource.FRONT_MATTER);
            }
        }
        Optional<DateParser.Leading> fromName = FileNames.date(meta.fileName());
        if (fromName.isPresent()) {
            return new EntryDateChoice(fromName.get().date(), DateSource.FILE_NAME);
        }
        if (fromHeading.isPresent()) {
            return new EntryDateChoice(fromHeading.get(), DateSource.HEADING);
        }
        LocalDateTime local = LocalDateTime.ofInstant(meta.modified(), zone);
        return new EntryDateChoice(new EntryDate(local.toLocalDate(), local.toLocalTime().withNano(0), null),
                DateSource.MODIFIED);
    }

    private static String fileTitle(String fileName, EntryDateChoice date) {
        String readable = FileNames.readableTitle(fileName);
        if (!readable.isEmpty()) {
            return readable;
        }
        // A file named only by a date (a daily note) is titled by that date, written out.
        return FileNames.date(fileName).map(d -> d.date().longForm()).orElse(FileNames.stem(fileName));
    }

    private static boolean isJrnl(String body) {
        for (String line : body.split("\n", 50)) {
            if (!line.isBlank()) {
                return JRNL_HEAD.matcher(line).matches();
            }
        }
        return false;
    }

    private static List<Node> children(Node parent) {
        List<Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
        }
        return out;
    }
}
