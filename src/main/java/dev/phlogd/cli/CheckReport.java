package dev.phlogd.cli;

import dev.phlogd.index.Hole;
import dev.phlogd.journal.SourceFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} found: counts, notes and warnings in named sections (printed in the order
 * they were first used, at most eight items each), and errors, which make the exit code 1.
 */
final class CheckReport {
    private static final int SHOWN = 8;

    final Map<SourceFormat, Integer> files = new EnumMap<>(SourceFormat.class);
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private final java.util.Set<String> whole = new java.util.HashSet<>();

    /** A section whose every item is printed: each is a line for the writer to mend. */
    void showAll(String section) {
        whole.add(section);
    }

    CheckReport(String... sectionOrder) {
        for (String s : sectionOrder) {
            sections.put(s, new ArrayList<>());
        }
    }

    /** An item in the section titled {@code section}. */
    void note(String section, String item) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(item);
    }

    /** Something that stays broken for readers. */
    void error(String error) {
        errors.add(error);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void print(Hole hole, PrintStream out) {
        out.println("phlogd check " + hole.realRoot());
        // The same counts as the server's start-up line.
        Hole.Counts counts = hole.counts();
        out.println("  " + counts.entries() + " entries in " + counts.journalFiles() + " journal files ("
                + String.join(
                        ", ",
                        files.entrySet().stream()
                                .map(e -> e.getValue() + " " + label(e.getKey()))
                                .toList())
                + "), " + counts.shown() + " shown to readers, " + counts.otherFiles() + " other files, "
                + counts.folders() + " folders");
        sections.forEach(
                (title, items) -> section(out, title, items, whole.contains(title) ? Integer.MAX_VALUE : SHOWN));
        if (errors.isEmpty()) {
            out.println("No errors.");
        } else {
            out.println(errors.size() + (errors.size() == 1 ? " error:" : " errors:"));
            errors.forEach(e -> out.println("  " + e));
        }
    }

    private static void section(PrintStream out, String title, List<String> items, int shown) {
        if (items.isEmpty()) {
            return;
        }
        out.println("  " + title + ": " + items.size());
        items.stream().limit(shown).forEach(i -> out.println("    " + i));
        if (items.size() > shown) {
            out.println("    ... and " + (items.size() - shown) + " more");
        }
    }

    private static String label(SourceFormat f) {
        return switch (f) {
            case MARKDOWN -> "Markdown";
            case PLAIN_TEXT -> "plain text";
            case GEMTEXT -> "gemtext";
            case JRNL -> "jrnl";
            case ORG -> "Org";
        };
    }
}
