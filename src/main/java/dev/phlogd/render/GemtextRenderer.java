package dev.phlogd.render;

import dev.phlogd.journal.DateSource;
import dev.phlogd.journal.EntryInfo;
import dev.phlogd.journal.InlineSyntax;
import dev.phlogd.journal.JournalDocument;
import dev.phlogd.journal.LinkResolver;
import dev.phlogd.journal.RawLink;
import dev.phlogd.journal.Reference;
import dev.phlogd.journal.SourceFormat;
import dev.phlogd.protocol.GeminiUrls;
import dev.phlogd.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * An entry as gemtext (Gemini's text format), from the same parsed document as its Gopher text:
 * {@code # Title} and a line with its date and tags, paragraphs as single lines (clients wrap), headings,
 * {@code * } list items, {@code > } quotes, code, tables and hand-formatted text in preformatted
 * blocks. Links leave the prose as plain text and follow the block that holds them as
 * {@code => URL text} lines: links into the hole by their path, web and gopher:// links as they are.
 */
public final class GemtextRenderer {
    private GemtextRenderer() {}

    /** The whole file ({@code sectionId} empty) or one of its dated sections. */
    public static String render(JournalDocument doc, String sectionId, LinkResolver links) {
        JournalDocument.Section section = sectionId.isEmpty()
                ? new JournalDocument.Section(doc.whole(), doc.body())
                : doc.section(sectionId).orElseThrow();
        EntryInfo info = section.info();
        JournalDocument.Body body = section.body();
        References references = new References(links, doc.blocks());
        StringBuilder out = new StringBuilder("# ").append(info.title()).append('\n');
        String date =
                info.dateSource() == DateSource.MODIFIED ? "" : info.date().display();
        String tags = info.tags().isEmpty() ? "" : "Tags: " + String.join(", ", info.tags());
        if (!date.isEmpty() || !tags.isEmpty()) {
            out.append(date.isEmpty() ? tags : tags.isEmpty() ? date : date + " · " + tags)
                    .append('\n');
        }
        out.append('\n');
        if (body instanceof JournalDocument.TextBody text) {
            textBody(text, out);
        } else {
            List<Node> blocks = new ArrayList<>(((JournalDocument.MarkdownBody) body).blocks());
            blocks.removeIf(n -> n instanceof LinkReferenceDefinition);
            if (!blocks.isEmpty()
                    && blocks.get(0) instanceof Heading h
                    && Inline.of(h, references).text().equals(info.title())) {
                blocks.remove(0);
            }
            for (Node n : blocks) {
                block(n, references, out);
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void textBody(JournalDocument.TextBody text, StringBuilder out) {
        if (text.format() == SourceFormat.GEMTEXT) {
            out.append(text.text().strip()).append('\n');
            return;
        }
        // Plain text and jrnl keep their lines as written: a preformatted block, never reflowed.
        out.append("```\n").append(text.text().strip()).append("\n```\n");
    }

    private static void block(Node n, References refs, StringBuilder out) {
        if (n instanceof Heading h) {
            Inline inline = Inline.of(h, refs);
            out.append("#".repeat(Math.min(3, h.getLevel())))
                    .append(' ')
                    .append(inline.text())
                    .append("\n\n");
            inline.linkLines(out);
        } else if (n instanceof Paragraph p) {
            Inline inline = Inline.of(p, refs);
            if (!inline.text().isEmpty()) {
                out.append(inline.text()).append('\n');
            }
            inline.linkLines(out);
            out.append('\n');
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            list(n, refs, out);
            out.append('\n');
        } else if (n instanceof BlockQuote q) {
            for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                Inline inline = Inline.of(c, refs);
                if (!inline.text().isEmpty()) {
                    out.append("> ")
                            .append(inline.text().replaceFirst("^\\[!([A-Za-z-]+)\\][+-]?\\s*", "$1: "))
                            .append('\n');
                }
                inline.linkLines(out);
            }
            out.append('\n');
        } else if (n instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo().strip();
            out.append("```")
                    .append(info)
                    .append('\n')
                    .append(f.getLiteral().stripTrailing())
                    .append("\n```\n\n");
        } else if (n instanceof IndentedCodeBlock c) {
            out.append("```\n").append(c.getLiteral().stripTrailing()).append("\n```\n\n");
        } else if (n instanceof TableBlock t) {
            out.append("```table\n")
                    .append(String.join("\n", TableLayout.lines(t, 1000, refs)))
                    .append("\n```\n\n");
        } else if (n instanceof HtmlBlock html) {
            for (String line : HtmlText.lines(html.getLiteral(), Integer.MAX_VALUE)) {
                out.append(line).append('\n');
            }
            out.append('\n');
        } else if (!(n instanceof ThematicBreak)) {
            Inline inline = Inline.of(n, refs);
            if (!inline.text().isEmpty()) {
                out.append(inline.text()).append("\n\n");
            }
        }
    }

    /** Every item at every depth as {@code * item} (gemtext has one level), its links after it. */
    private static void list(Node list, References refs, StringBuilder out) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String mark = list instanceof OrderedList ? (number++) + ". " : "";
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof BulletList || c instanceof OrderedList) {
                    list(c, refs, out);
                } else if (c instanceof FencedCodeBlock || c instanceof IndentedCodeBlock) {
                    block(c, refs, out);
                } else {
                    Inline inline = Inline.of(c, refs);
                    if (!inline.text().isEmpty()) {
                        out.append(first ? "* " + mark : "* ")
                                .append(inline.text())
                                .append('\n');
                        first = false;
                    }
                    inline.linkLines(out);
                }
            }
        }
    }

    /** One block's inline content as one line of plain text, and the links it holds. */
    private static final class Inline extends AbstractVisitor {
        private final StringBuilder buffer = new StringBuilder();
        private final Map<String, String> links = new LinkedHashMap<>();
        private final References refs;
        private String done;

        private Inline(References refs) {
            this.refs = refs;
        }

        static Inline of(Node node, References refs) {
            Inline inline = new Inline(refs);
            inline.visitChildren(node);
            inline.done = Whitespace.collapse(inline.buffer.toString());
            return inline;
        }

        String text() {
            return done;
        }

        void linkLines(StringBuilder out) {
            links.forEach((url, label) -> out.append("=> ")
                    .append(url)
                    .append(label.isEmpty() ? "" : " " + label)
                    .append('\n'));
        }

        private void link(RawLink raw, String label) {
            refs.resolve(raw).flatMap(GemtextRenderer::url).ifPresent(url -> links.putIfAbsent(url, label.strip()));
        }

        @Override
        public void visit(Text node) {
            String s = node.getLiteral();
            Matcher ref = InlineSyntax.LOGSEQ_REF.matcher(s);
            int at = 0;
            StringBuilder plain = new StringBuilder();
            while (ref.find()) {
                plain.append(s, at, ref.start());
                if (ref.group(2) != null) {
                    refs.pageText(ref.group(2)).ifPresent(t -> plain.append(Whitespace.collapse(t)));
                } else {
                    refs.blockText(ref.group(1) != null ? ref.group(1) : ref.group(3))
                            .ifPresent(plain::append);
                }
                at = ref.end();
            }
            plain.append(s.substring(at));
            Matcher wiki = InlineSyntax.WIKILINK.matcher(plain);
            int from = 0;
            while (wiki.find()) {
                buffer.append(plain, from, wiki.start());
                String shown = InlineSyntax.wikiDisplay(wiki.group(2));
                buffer.append(shown);
                String page = InlineSyntax.wikiPage(wiki.group(2));
                if (!page.isEmpty()) {
                    link(new RawLink(wiki.group(1).isEmpty() ? RawLink.Kind.WIKI : RawLink.Kind.EMBED, page), shown);
                }
                from = wiki.end();
            }
            buffer.append(plain.substring(from));
        }

        @Override
        public void visit(Code node) {
            buffer.append(node.getLiteral());
        }

        @Override
        public void visit(Link node) {
            int start = buffer.length();
            visitChildren(node);
            String label = buffer.substring(start).strip();
            link(
                    new RawLink(RawLink.Kind.LINK, node.getDestination()),
                    label.equals(node.getDestination()) ? "" : label);
        }

        @Override
        public void visit(Image node) {
            Inline alt = Inline.of(node, refs);
            String shown = alt.text().isEmpty() ? "[image]" : "[image: " + alt.text() + "]";
            buffer.append(shown);
            link(new RawLink(RawLink.Kind.IMAGE, node.getDestination()), shown);
        }

        @Override
        public void visit(SoftLineBreak node) {
            buffer.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            buffer.append(' ');
        }

        @Override
        public void visit(HtmlInline node) {
            if (node.getLiteral().matches("(?i)<br\\s*/?>")) {
                buffer.append(' ');
            }
        }
    }

    /** Where a reference leads in Geminispace: this hole's paths as they are, web and gopher URLs unchanged. */
    static Optional<String> url(Reference reference) {
        if (reference instanceof Reference.Local local) {
            return Optional.of(GeminiUrls.path(local.selector()));
        }
        if (reference instanceof Reference.Web web) {
            return Optional.of(web.url());
        }
        if (reference instanceof Reference.Gopher gopher) {
            return Optional.of(gopher.url());
        }
        return Optional.empty();
    }
}
