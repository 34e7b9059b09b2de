package dev.phlogd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic journal of a given number of entries in mixed formats (Hugo TOML and Jekyll
 * YAML posts, plain text, Logseq pages, jrnl files and files of dated sections) over nested
 * year/month folders, with tags, links and wikilinks. Deterministic for a given seed.
 */
public final class SyntheticHole {
    private static final List<String> WORDS = List.of(
            "lamp", "tide", "harbour", "wind", "gull", "ferry", "fog", "stair", "lens", "keeper", "storm", "island",
            "kettle", "ship", "rope", "cliff", "light", "weather", "morning", "evening", "quiet", "tower", "salt",
            "boat", "rain", "sun", "letter", "book", "coffee", "walk", "the", "a", "and", "of", "to", "in", "was",
            "again", "today", "slowly", "bright", "cold", "long", "small", "north", "east", "heavy", "grey", "blue");
    private static final List<String> TAGS = List.of(
            "lighthouse",
            "weather",
            "repairs",
            "reading",
            "running",
            "boats",
            "birds",
            "family",
            "cooking",
            "garden",
            "music",
            "travel",
            "work",
            "notes",
            "winter",
            "spring",
            "summer",
            "autumn",
            "sea",
            "night");

    private final Random random;

    public SyntheticHole(long seed) {
        this.random = new Random(seed);
    }

    /** {@code SyntheticHole DIR [ENTRIES]}: writes a hole into an empty or new folder, for scale.sh. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Files.createDirectories(root);
        int written = new SyntheticHole(20261123).write(root, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
        System.out.println(written + " entries in " + root);
    }

    /** Writes about {@code entries} entries under {@code root}; returns how many entries were written. */
    public int write(Path root, int entries) throws IOException {
        int written = 0;
        LocalDate day = LocalDate.of(2025, 12, 31);
        while (written < entries) {
            day = day.minusDays(1);
            Path folder =
                    root.resolve(String.valueOf(day.getYear())).resolve(String.format("%02d", day.getMonthValue()));
            Files.createDirectories(folder);
            int kind = random.nextInt(100);
            if (kind < 55) {
                write(folder.resolve(day + "-" + slug() + ".md"), yaml(day) + body(6));
                written++;
            } else if (kind < 70) {
                write(folder.resolve(day + "-" + slug() + ".md"), toml(day) + body(5));
                written++;
            } else if (kind < 80) {
                write(folder.resolve(day + ".txt"), plainBody(5));
                written++;
            } else if (kind < 88) {
                write(folder.resolve(day.toString().replace('-', '_') + ".md"), logseq());
                written++;
            } else if (kind < 94) {
                int n = 3 + random.nextInt(3);
                write(folder.resolve("jrnl-" + day + ".txt"), jrnl(day, n));
                written += n;
            } else {
                int n = 3 + random.nextInt(4);
                write(folder.resolve("log-" + day + ".md"), sections(day, n));
                written += n;
            }
        }
        return written;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String yaml(LocalDate day) {
        return "---\ntitle: " + title() + "\ndate: " + day + " 08:30:00 +0000\ntags: [" + tag() + ", " + tag()
                + "]\n---\n\n";
    }

    private String toml(LocalDate day) {
        return "+++\ntitle = \"" + title() + "\"\ndate = " + day + "\ntags = [\"" + tag() + "\"]\n+++\n\n";
    }

    private String logseq() {
        StringBuilder out = new StringBuilder("- tags:: " + tag() + "\n");
        for (int i = 0; i < 8; i++) {
            out.append("- ").append(sentence()).append(" #").append(tag()).append('\n');
            out.append("\t- ").append(sentence()).append(" [[").append(title()).append("]]\n");
        }
        return out.toString();
    }

    private String jrnl(LocalDate day, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append('[')
                    .append(day)
                    .append(' ')
                    .append(String.format("%02d:%02d", 6 + i * 3, random.nextInt(60)))
                    .append("] ")
                    .append(title())
                    .append(". ")
                    .append(paragraph())
                    .append(" @")
                    .append(tag())
                    .append("\n\n");
        }
        return out.toString();
    }

    private String sections(LocalDate day, int n) {
        StringBuilder out = new StringBuilder("# The log of " + day.getMonth() + "\n\n");
        for (int i = 0; i < n; i++) {
            out.append("## ")
                    .append(day.minusDays(i).toString().replace('-', '.'))
                    .append(' ')
                    .append(title())
                    .append("\n")
                    .append(paragraph())
                    .append("\n\n");
        }
        return out.toString();
    }

    private String body(int paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            out.append(paragraph());
            if (random.nextInt(3) == 0) {
                out.append(" See [the ")
                        .append(word())
                        .append(" notes](https://example.org/")
                        .append(word())
                        .append(").");
            }
            out.append("\n\n");
        }
        if (random.nextInt(4) == 0) {
            out.append("- ")
                    .append(sentence())
                    .append("\n- ")
                    .append(sentence())
                    .append("\n\n");
        }
        return out.toString();
    }

    private String plainBody(int paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            out.append(paragraph()).append("\n\n");
        }
        return out.toString();
    }

    private String paragraph() {
        StringBuilder out = new StringBuilder();
        int n = 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(sentence()).append(' ');
        }
        return out.toString().strip();
    }

    private String sentence() {
        StringBuilder out = new StringBuilder();
        int n = 6 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? capitalize(word()) : word()).append(i == n - 1 ? "." : " ");
        }
        return out.toString();
    }

    private String title() {
        return capitalize(word()) + " " + word() + " " + word();
    }

    private String slug() {
        return word() + "-" + word();
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private String tag() {
        return TAGS.get(random.nextInt(TAGS.size()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
