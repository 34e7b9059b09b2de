package dev.phlogd.journal;

import dev.phlogd.text.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text, hashtags and links of some Markdown blocks, gathered in one walk. */
final class BlockFacts extends AbstractVisitor {
    final StringBuilder text = new StringBuilder();
    final Set<String> tags = new LinkedHashSet<>();
    final List<RawLink> links = new ArrayList<>();

    static BlockFacts of(Iterable<Node> blocks) {
        BlockFacts facts = new BlockFacts();
        for (Node n : blocks) {
            n.accept(facts);
        }
        return facts;
    }

    /** The text of one node as a reader sees it (a heading's words, wikilinks by their names). */
    static String textOf(Node node) {
        BlockFacts facts = new BlockFacts();
        node.accept(facts);
        return Whitespace.collapse(facts.text.toString());
    }

    @Override
    public void visit(Text node) {
        String literal = node.getLiteral();
        if (literal.indexOf('(') < 0
                && literal.indexOf('{') < 0
                && literal.indexOf('[') < 0
                && literal.indexOf('#') < 0) {
            // No reference, embed, wikilink, callout or hashtag starts without one of these, and
            // most text has none: its words as they are, after four passes instead of eight.
            text.append(literal);
            return;
        }
        // Each pattern needs a character most text lacks: checking for it first spares a regex
        // scan of nearly every paragraph, the largest part of indexing a big hole.
        Matcher ref = InlineSyntax.LOGSEQ_REF.matcher(literal.contains("((") || literal.contains("{{") ? literal : "");
        while (ref.find()) {
            String block = ref.group(1) != null ? ref.group(1) : ref.group(3);
            if (block != null) {
                links.add(new RawLink(RawLink.Kind.BLOCK, block));
            }
        }
        // Search words, snippets and feed summaries read what a reader reads: wikilinks by their
        // names, no callout marks; references and embeds show other blocks' words, not this one's.
        text.append(readable(LogseqOutline.plain(literal)));
        Matcher tag = InlineSyntax.HASHTAG.matcher(literal.indexOf('#') >= 0 ? literal : "");
        while (tag.find()) {
            String name = InlineSyntax.tagName(tag);
            if (name != null) {
                tags.add(name);
            }
        }
        Matcher wiki = InlineSyntax.WIKILINK.matcher(literal.contains("[[") ? literal : "");
        while (wiki.find()) {
            if (wiki.start() > 0 && literal.charAt(wiki.start() - 1) == '#') {
                continue;
            }
            String page = InlineSyntax.wikiPage(wiki.group(2));
            if (!page.isEmpty()) {
                links.add(new RawLink(wiki.group(1).isEmpty() ? RawLink.Kind.WIKI : RawLink.Kind.EMBED, page));
            }
        }
    }

    private static final java.util.regex.Pattern CALLOUT =
            java.util.regex.Pattern.compile("\\[![A-Za-z-]+\\][+-]?\\s*");

    /** Wikilinks and embeds as the names they show, callout marks ({@code [!note]}) left out. */
    static String readable(String literal) {
        String s = literal.contains("[[")
                ? InlineSyntax.WIKILINK
                        .matcher(literal)
                        .replaceAll(m -> Matcher.quoteReplacement(InlineSyntax.wikiDisplay(m.group(2))))
                : literal;
        return s.contains("[!") ? CALLOUT.matcher(s).replaceAll("") : s;
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock node) {
        text.append(node.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock node) {
        text.append(node.getLiteral()).append('\n');
    }

    @Override
    public void visit(Link node) {
        links.add(new RawLink(RawLink.Kind.LINK, node.getDestination()));
        visitChildren(node);
    }

    @Override
    public void visit(Image node) {
        links.add(new RawLink(RawLink.Kind.IMAGE, node.getDestination()));
        visitChildren(node);
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(Paragraph node) {
        visitChildren(node);
        text.append('\n');
    }

    @Override
    public void visit(Heading node) {
        visitChildren(node);
        text.append('\n');
    }
}
