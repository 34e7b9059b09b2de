package dev.phlogd.render;

import dev.phlogd.text.LineBreaker;
import dev.phlogd.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** HTML reduced to its text (jsoup parses it): block elements become paragraphs, tags and comments vanish. */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "nav",
            "main",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "figure",
            "figcaption",
            "details",
            "summary",
            "center",
            "address",
            "hr",
            "form",
            "fieldset");

    private HtmlText() {}

    static List<String> lines(String html, int width) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        text.append("\n- ");
                    } else if (tag.equals("img")) {
                        String alt = e.attr("alt").strip();
                        text.append(alt.isEmpty() ? "[image]" : "[image: " + alt + "]");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        text.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        text.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append("\n\n");
                }
            }
        });
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : text.toString().split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                if (!line.isBlank()) {
                    lines.addAll(LineBreaker.wrap(Whitespace.collapse(line), width));
                }
            }
            paragraphs.add(lines);
        }
        return Lines.join(paragraphs, false);
    }
}
