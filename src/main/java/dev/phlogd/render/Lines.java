package dev.phlogd.render;

import dev.phlogd.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/** Small operations on rendered lines. */
final class Lines {
    private Lines() {}

    /** {@code first} before the first line, {@code rest} before the others; blank lines get the prefix without its trailing spaces. */
    static List<String> prefix(List<String> lines, String first, String rest) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String p = i == 0 ? first : rest;
            String line = lines.get(i);
            out.add(line.isEmpty() ? p.stripTrailing() : p + line);
        }
        return out;
    }

    static int maxWidth(List<String> lines) {
        int max = 0;
        for (String l : lines) {
            max = Math.max(max, DisplayWidth.of(l));
        }
        return max;
    }

    static boolean allFit(List<String> lines, int width) {
        return maxWidth(lines) <= width;
    }

    /**
     * Whether line lengths look like prose hard-wrapped by an editor (every line but the last at
     * least half as long as the longest), as opposed to lines broken on purpose.
     */
    static boolean looksHardWrapped(List<Integer> lengths) {
        if (lengths.size() < 2) {
            return false;
        }
        int max = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < lengths.size() - 1; i++) {
            if (lengths.get(i) * 2 < max) {
                return false;
            }
        }
        return true;
    }

    /** Joins blocks with one blank line between them, or none when {@code tight}; empty blocks vanish. */
    static List<String> join(List<List<String>> blocks, boolean tight) {
        List<String> out = new ArrayList<>();
        for (List<String> block : blocks) {
            if (block.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !tight) {
                out.add("");
            }
            out.addAll(block);
        }
        return out;
    }
}
