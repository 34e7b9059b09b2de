package dev.phlogd.journal;

import java.util.Map;

/** Ids of dated sections within one file. */
final class SectionIds {
    private SectionIds() {}

    /** {@code 2023-09-03}, or {@code 2023-09-03-2} for the second section with that id in one file. */
    static String unique(String base, Map<String, Integer> ids) {
        int n = ids.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
