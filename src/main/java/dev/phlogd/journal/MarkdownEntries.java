package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Markdown entries (Obsidian's and Logseq's too): front matter, Logseq properties, Obsidian
 * comments taken out, and a file with two or more dated headings of one level split into dated
 * sections, one entry each.
 */
final class MarkdownEntries {
    private MarkdownEntries() {}

    static JournalDocument parse(SourceFile file, FrontMatter fm, int width) {
        return parse(file, fm, width, SourceFormat.MARKDOWN);
    }

    /** As {@link #parse(SourceFile, FrontMatter, int)}, for a format read as Markdown ({@code format}). */
    static JournalDocument parse(SourceFile file, FrontMatter fm, int width, SourceFormat format) {
        LogseqOutline outline = LogseqOutline.read(ObsidianMarks.apply(fm.body()));
        LogseqProperties logseq = LogseqProperties.extract(outline.text());
        Document doc = MarkdownParsing.parse(logseq.text(), width);
        if (outline.outline()) {
            LogseqOutline.tighten(doc);
        }
        List<Node> blocks = children(doc);
        BlockFacts facts = BlockFacts.of(blocks);

        List<Heading> dated = datedSectionHeadings(blocks);
        Optional<String> headingTitle = titleHeading(blocks, dated);
        if (!dated.isEmpty()
                && headingTitle.isPresent()
                && FileNames.date(file.name()).isPresent()) {
            // Dated by its name and titled by its heading: one article, its dated headings updates.
            dated = List.of();
        }
        Optional<DateParser.Leading> headingDate = blocks.stream()
                .filter(n -> n instanceof Heading)
                .map(n -> DateParser.parseLeading(BlockFacts.textOf(n)))
                .flatMap(Optional::stream)
                .findFirst();

        Set<String> fileTags = EntryTags.fromFrontMatter(fm);
        fileTags.addAll(EntryTags.split(logseq.properties().get("tags")));
        boolean draft = fm.marksDraft();

        Optional<String> title = fm.string("title")
                .or(() -> Optional.ofNullable(logseq.properties().get("title")))
                .filter(s -> !s.isBlank());
        String wholeTitle = title.or(() -> headingTitle).orElseGet(() -> EntryTitles.fromFileName(file.name()));
        List<JournalDocument.Section> sections =
                dated.isEmpty() ? List.of() : sections(blocks, dated, fileTags, draft, wholeTitle);
        EntryDates.Choice date = EntryDates.choose(
                fm,
                file,
                headingDate.map(DateParser.Leading::date).or(() -> EntryDates.newest(sections)),
                logseq.properties().get("date"));
        TitleSource titleSource = title.isPresent()
                ? TitleSource.FRONT_MATTER
                : headingTitle.isPresent() ? TitleSource.HEADING : TitleSource.FILE_NAME;
        Set<String> tags = new LinkedHashSet<>(fileTags);
        tags.addAll(facts.tags);
        EntryInfo whole = new EntryInfo(
                "",
                wholeTitle,
                titleSource,
                date.date(),
                date.source(),
                EntryTags.dedupe(tags),
                draft,
                facts.links,
                facts.text.toString());
        return new JournalDocument(
                file.name(),
                format,
                whole,
                new JournalDocument.MarkdownBody(blocks),
                List.copyOf(sections),
                fm.problem(),
                outline.blocks());
    }

    /** Headings that open dated sections: two or more top-level headings of one level that start with a date. */
    private static List<Heading> datedSectionHeadings(List<Node> blocks) {
        Map<Integer, List<Heading>> byLevel = new HashMap<>();
        for (Node n : blocks) {
            if (n instanceof Heading h
                    && DateParser.parseLeading(BlockFacts.textOf(h)).isPresent()) {
                byLevel.computeIfAbsent(h.getLevel(), k -> new ArrayList<>()).add(h);
            }
        }
        return byLevel.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .min(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .orElse(List.of());
    }

    private static List<JournalDocument.Section> sections(
            List<Node> blocks, List<Heading> dated, Set<String> fileTags, boolean draft, String fileTitle) {
        int level = dated.get(0).getLevel();
        List<JournalDocument.Section> sections = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Heading current = null;
        List<Node> body = new ArrayList<>();
        for (Node n : blocks) {
            boolean opens = n instanceof Heading h && dated.contains(h);
            boolean closes = n instanceof Heading h && h.getLevel() < level;
            if ((opens || closes) && current != null) {
                sections.add(section(current, body, fileTags, draft, ids, fileTitle));
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
            sections.add(section(current, body, fileTags, draft, ids, fileTitle));
        }
        return sections;
    }

    private static JournalDocument.Section section(
            Heading heading,
            List<Node> body,
            Set<String> fileTags,
            boolean draft,
            Map<String, Integer> ids,
            String fileTitle) {
        DateParser.Leading leading =
                DateParser.parseLeading(BlockFacts.textOf(heading)).orElseThrow();
        BlockFacts facts = BlockFacts.of(body);
        BlockFacts headingFacts = BlockFacts.of(List.of(heading));
        Set<String> tags = new LinkedHashSet<>(fileTags);
        tags.addAll(headingFacts.tags);
        tags.addAll(facts.tags);
        // A heading that is only a date says nothing in a menu by itself: the log's title names it.
        String title =
                leading.rest().isEmpty() ? fileTitle + ", " + leading.date().dayMonthYear() : leading.rest();
        String id = SectionIds.unique(leading.date().iso(), ids);
        EntryInfo info = new EntryInfo(
                id,
                title,
                TitleSource.HEADING,
                leading.date(),
                DateSource.HEADING,
                EntryTags.dedupe(tags),
                draft,
                facts.links,
                facts.text.toString());
        return new JournalDocument.Section(info, new JournalDocument.MarkdownBody(List.copyOf(body)));
    }

    /**
     * The heading that titles the document: it opens it (nothing but blank lines before it), is of
     * the top level used and the only one of that level. A "## Morning" below some text, or the
     * first of several equal sections, is a section, not the title.
     */
    private static Optional<String> titleHeading(List<Node> blocks, List<Heading> dated) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Heading first) || dated.contains(first)) {
            return Optional.empty();
        }
        for (Node n : blocks.subList(1, blocks.size())) {
            if (n instanceof Heading h && h.getLevel() <= first.getLevel()) {
                return Optional.empty();
            }
        }
        return Optional.of(BlockFacts.textOf(first)).filter(t -> !t.isBlank());
    }

    private static List<Node> children(Node parent) {
        List<Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
        }
        return out;
    }
}
