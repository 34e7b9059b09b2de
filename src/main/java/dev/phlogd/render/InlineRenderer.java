package dev.phlogd.render;

import dev.phlogd.journal.InlineSyntax;
import dev.phlogd.journal.RawLink;
import dev.phlogd.text.TextRun;
import dev.phlogd.text.Whitespace;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns inline Markdown into a {@link TextRun}: emphasis as {@code _x_} and strong as {@code *x*},
 * code without backticks, links as {@code text [1]} (bare URLs as themselves), images as
 * {@code [image: alt] [2]}, Obsidian wikilinks as their alias or page name and embeds as
 * {@code [embedded: file]}. HTML tags are dropped, {@code <br>} breaks the line.
 */
final class InlineRenderer extends AbstractVisitor {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern IMG_ALT = Pattern.compile("(?i)<img\\b[^>]*\\balt\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> BARE_SCHEMES = Set.of("mailto:");
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");
    private static final Set<String> PHRASING = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
            "small", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "font");

    private final References references;
    private final boolean softBreaksAsLines;
    private final TextRun run = new TextRun();

    private InlineRenderer(References references, boolean softBreaksAsLines) {
        this.references = references;
        this.softBreaksAsLines = softBreaksAsLines;
    }

    /** The inline children of {@code parent} as a run; soft line breaks become spaces or line breaks. */
    static TextRun render(Node parent, References references, boolean softBreaksAsLines) {
        InlineRenderer r = new InlineRenderer(references, softBreaksAsLines);
        r.visitChildren(parent);
        return r.run;
    }

    /** Some sibling inline nodes as a run. */
    static TextRun render(java.util.List<Node> nodes, References references, boolean softBreaksAsLines) {
        InlineRenderer r = new InlineRenderer(references, softBreaksAsLines);
        for (Node n : nodes) {
            n.accept(r);
        }
        return r.run;
    }

    /** The inline content as one line of text (table cells, link text). */
    static String plain(Node parent, References references) {
        return String.join(" ", render(parent, references, false).lines()).strip();
    }

    @Override
    public void visit(Text text) {
        String s = text.getLiteral();
        Matcher ref = InlineSyntax.LOGSEQ_REF.matcher(s);
        int at = 0;
        while (ref.find()) {
            withWikilinks(s.substring(at, ref.start()));
            // A reference or an embed shows the block's (or page's) text; one that does not exist shows nothing.
            boolean shown = ref.group(2) != null
                    ? embedPage(ref.group(2))
                    : references
                            .blockText(ref.group(1) != null ? ref.group(1) : ref.group(3))
                            .map(block -> run.text(block))
                            .isPresent();
            at = ref.end();
            if (!shown && run.text().endsWith(" ")) {
                while (at < s.length() && s.charAt(at) == ' ') {
                    at++;
                }
            }
        }
        withWikilinks(s.substring(at));
    }

    /** {@code {{embed [[Page]]}}}: the page's text in place, and the page among the references. */
    private boolean embedPage(String inner) {
        Optional<String> page = references.pageText(inner);
        if (page.isEmpty()) {
            return false;
        }
        run.text(Whitespace.collapse(page.get()));
        references
                .number(new RawLink(RawLink.Kind.WIKI, InlineSyntax.wikiPage(inner)))
                .ifPresent(this::mark);
        return true;
    }

    private void withWikilinks(String s) {
        Matcher m = InlineSyntax.WIKILINK.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > 0 && s.charAt(m.start() - 1) == '#') {
                // Logseq's #[[multi word tag]] is one tag, shown as #multi word tag, whole on one line.
                run.text(s.substring(at, m.start() - 1));
                run.atomic("#" + m.group(2).strip());
            } else {
                run.text(s.substring(at, m.start()));
                wikilink(m.group(1).equals("!"), m.group(2));
            }
            at = m.end();
        }
        run.text(s.substring(at));
    }

    private void wikilink(boolean embed, String inner) {
        String page = InlineSyntax.wikiPage(inner);
        Optional<Integer> n = page.isEmpty()
                ? Optional.empty()
                : references.number(new RawLink(embed ? RawLink.Kind.EMBED : RawLink.Kind.WIKI, page));
        String shown = embed ? "[embedded: " + InlineSyntax.wikiDisplay(inner) + "]" : InlineSyntax.wikiDisplay(inner);
        run.text(shown);
        n.ifPresent(this::mark);
    }

    /** {@code [n]} after the word before it, on the same line. */
    private void mark(int n) {
        run.glue().text(" ").glue().atomic("[" + n + "]");
    }

    @Override
    public void visit(Code code) {
        run.text(code.getLiteral());
    }

    @Override
    public void visit(Emphasis emphasis) {
        run.text("_");
        visitChildren(emphasis);
        run.text("_");
    }

    @Override
    public void visit(StrongEmphasis strong) {
        run.text("*");
        visitChildren(strong);
        run.text("*");
    }

    @Override
    public void visit(Link link) {
        String destination = link.getDestination();
        String text = plain(link, references);
        boolean bare = text.equals(destination) || BARE_SCHEMES.stream().anyMatch(p -> (p + text).equals(destination));
        if (bare && link.getFirstChild() instanceof Text) {
            references.listed(new RawLink(RawLink.Kind.LINK, destination));
            run.atomic(text);
            return;
        }
        if (link.getFirstChild() == null) {
            run.atomic(destination);
        } else {
            visitChildren(link);
        }
        references.number(new RawLink(RawLink.Kind.LINK, destination)).ifPresent(this::mark);
    }

    @Override
    public void visit(Image image) {
        String alt = plain(image, references);
        String shown = alt.isEmpty() ? "[image]" : "[image: " + alt + "]";
        // A short image mark reads as one thing; only a long description may wrap.
        if (shown.length() <= 30) {
            run.atomic(shown);
        } else {
            run.text(shown);
        }
        references
                .number(new RawLink(RawLink.Kind.IMAGE, image.getDestination()))
                .ifPresent(this::mark);
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        if (run.text().endsWith("\n")) {
            // The line was already broken (by <br> or a hard break); the newline after it adds nothing.
            return;
        }
        if (softBreaksAsLines) {
            run.lineBreak();
        } else {
            run.text(" ");
        }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        run.lineBreak();
    }

    @Override
    public void visit(HtmlInline html) {
        String tag = html.getLiteral();
        if (BR.matcher(tag).matches()) {
            run.lineBreak();
            return;
        }
        Matcher img = IMG_ALT.matcher(tag);
        if (img.find()) {
            run.text("[image: " + img.group(1) + "]");
            return;
        }
        // Between two boxes (a name and its <span> badge) a browser shows a gap; phrasing tags
        // such as <b> or <a> sit inside a word.
        Matcher name = TAG_NAME.matcher(tag);
        String current = run.text();
        boolean afterWord = !current.isEmpty() && !Character.isWhitespace(current.charAt(current.length() - 1));
        boolean beforeWord = !(html.getNext() instanceof Text next)
                || next.getLiteral().isEmpty()
                || !Character.isWhitespace(next.getLiteral().charAt(0));
        if (name.find()
                && !PHRASING.contains(name.group(1).toLowerCase(java.util.Locale.ROOT))
                && afterWord
                && beforeWord) {
            run.text(" ");
        }
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof Strikethrough) {
            run.text("~~");
            visitChildren(node);
            run.text("~~");
            return;
        }
        visitChildren(node);
    }
}
