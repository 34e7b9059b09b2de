package dev.phlogd.journal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logseq's {@code key:: value} property lines ({@code title::}, {@code tags::},
 * {@code collapsed:: true}, {@code id::}): taken out of the text, which should not show them; those of
 * the first block (the page's) are kept as metadata. Lines inside fenced code are left alone.
 */
record LogseqProperties(String text, Map<String, String> properties) {
    private static final Pattern PROPERTY =
            Pattern.compile("^\\s*(?:[-*+]\\s+)?([A-Za-z][A-Za-z0-9_-]*)::(?:\\s+(.*))?$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    static LogseqProperties extract(String text) {
        if (!text.contains("::")) {
            return new LogseqProperties(text, Map.of());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        // Page properties are the first block; later ones belong to their blocks and are only hidden.
        boolean pageBlock = true;
        for (String line : text.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                fence = fence == null ? f.group(1) : (fence.equals(f.group(1)) ? null : fence);
            }
            Matcher m = fence == null ? PROPERTY.matcher(line) : null;
            if (m != null && m.matches()) {
                if (pageBlock) {
                    properties.putIfAbsent(
                            m.group(1).toLowerCase(Locale.ROOT),
                            m.group(2) == null ? "" : m.group(2).strip());
                }
                continue;
            }
            pageBlock &= line.isBlank();
            out.append(line).append('\n');
        }
        if (!text.endsWith("\n") && out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return new LogseqProperties(out.toString(), properties);
    }
}
