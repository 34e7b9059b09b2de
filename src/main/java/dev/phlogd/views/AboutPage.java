package dev.phlogd.views;

import dev.phlogd.config.Version;
import dev.phlogd.index.Hole;
import dev.phlogd.index.Journal;
import dev.phlogd.page.Page;

/** The generated about page: what this hole is, how much it holds, and how to read it. */
public final class AboutPage {
    private AboutPage() {}

    public static Page.Text page(Hole hole, Site site) {
        return new Page.Text("About", text(hole, site));
    }

    static String text(Hole hole, Site site) {
        Journal journal = hole.journal();
        StringBuilder out = new StringBuilder();
        out.append(site.title())
                .append('\n')
                .append("=".repeat(Math.min(70, Math.max(1, site.title().length()))))
                .append("\n\n");
        if (!site.description().isBlank()) {
            out.append(site.description()).append("\n\n");
        }
        int n = journal.entries().size();
        out.append(n).append(n == 1 ? " entry" : " entries");
        if (n > 0) {
            out.append(", from ")
                    .append(journal.entries().get(n - 1).info().date().iso())
                    .append(" to ")
                    .append(journal.entries().get(0).info().date().iso());
        }
        out.append(", ")
                .append(journal.tags().size())
                .append(journal.tags().size() == 1 ? " tag." : " tags.")
                .append("\n\n");
        if (!site.admin().isBlank()) {
            out.append("Kept by ").append(site.admin()).append(".\n\n");
        }
        out.append("Reading it\n----------\n\n");
        if (site.gemini()) {
            out.append("Pages list entries newest first as YYYY-MM-DD Title; the front\n");
            out.append("page is a gemlog you can subscribe to. An entry's links follow the\n");
            out.append("paragraph that holds them. The archive lists entries\n");
        } else {
            out.append("Menus list entries newest first as YYYY-MM-DD Title. An entry with\n");
            out.append("links has a \"links\" item under it: links in a text cannot be\n");
            out.append("followed, so each one is an item there. The archive lists entries\n");
        }
        out.append("by year and month, tags by topic, and the search finds words in\n");
        out.append("titles, tags and text. The Atom feed (")
                .append(VirtualSelectors.FEED)
                .append(") lists the\n");
        out.append("newest entries for feed readers.\n\n");
        out.append("Served by phlogd ")
                .append(Version.current())
                .append(" at ")
                .append(site.url())
                .append('\n');
        return out.toString();
    }
}
