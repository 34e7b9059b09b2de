package dev.phlogd.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The metadata block at the top of an entry: TOML between {@code +++} lines (Hugo, Zola) or YAML
 * between {@code ---} lines (Jekyll, Hugo, Obsidian). A block that fails to parse leaves its
 * values empty and says why in {@link #error()}; the body after it is kept either way. A block
 * that is never closed is read up to the end of its key/value lines, and {@link #error()} says so.
 */
public record FrontMatter(
        Kind kind, Map<String, Object> values, String body, int bodyLine, Optional<String> error, int unclosedUntil) {

    /** A block that was closed (or none at all). */
    public FrontMatter(Kind kind, Map<String, Object> values, String body, int bodyLine, Optional<String> error) {
        this(kind, values, body, bodyLine, error, 0);
    }

    /**
     * What a writer should be told about this block: values ignored because they failed to parse,
     * or a block never closed (read up to line {@link #unclosedUntil()}); empty when all is well.
     */
    public Optional<String> problem() {
        if (error.isPresent()) {
            return Optional.of("ignored: " + error.get());
        }
        if (unclosedUntil > 0) {
            String fence = kind == Kind.TOML ? "+++" : "---";
            return Optional.of("not closed: the " + fence + " on line 1 has no closing " + fence + "; lines 2 to "
                    + unclosedUntil + " are read as front matter");
        }
        return Optional.empty();
    }

    /** Which syntax the block used. */
    public enum Kind {
        NONE,
        TOML,
        YAML,
        /** Org's {@code #+KEY: value} lines. */
        ORG
    }

    private static final int MAX_LINES = 500;

    /** Splits {@code text} (LF line ends) into front matter and body. */
    public static FrontMatter split(String text) {
        String first = firstLine(text);
        if (first.equals("+++")) {
            return block(text, Kind.TOML, "+++");
        }
        if (first.equals("---")) {
            return block(text, Kind.YAML, "---");
        }
        return new FrontMatter(Kind.NONE, Map.of(), text, 0, Optional.empty());
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
    }

    private static FrontMatter block(String text, Kind kind, String fence) {
        // Only the lines front matter can span are taken apart; the body is cut from the text as
        // it is (every line of every file split and joined again was a tenth of indexing): the
        // fence, MAX_LINES of front matter, and the blank line that may follow it.
        TextHead lines = new TextHead(text, MAX_LINES + 2);
        int close = -1;
        for (int i = 1; i <= MAX_LINES && lines.has(i); i++) {
            String l = lines.line(i).stripTrailing();
            if (l.equals(fence) || (kind == Kind.YAML && l.equals("..."))) {
                close = i;
                break;
            }
        }
        int unclosedUntil = 0;
        int bodyStart = close + 1;
        if (close < 0) {
            // Never closed: the key/value lines at the top are what the writer meant as front
            // matter (up to the first blank line or the first line of another kind); with none, the
            // fence was a thematic break.
            int end = 1;
            while (end <= MAX_LINES && lines.has(end) && isMetadataLine(lines.line(end), kind, end == 1)) {
                end++;
            }
            if (end == 1) {
                return new FrontMatter(Kind.NONE, Map.of(), text, 0, Optional.empty());
            }
            close = end;
            bodyStart = lines.has(end) && lines.line(end).isBlank() ? end + 1 : end;
            unclosedUntil = end;
        }
        String source = lines.lines(1, close);
        String body = lines.from(bodyStart);
        try {
            Map<String, Object> values = kind == Kind.TOML ? toml(source) : yaml(source);
            return new FrontMatter(kind, values, body, bodyStart, Optional.empty(), unclosedUntil);
        } catch (FrontMatterException e) {
            return new FrontMatter(kind, Map.of(), body, bodyStart, Optional.of(e.getMessage()), unclosedUntil);
        }
    }

    private static final java.util.regex.Pattern YAML_LINE =
            java.util.regex.Pattern.compile("^(?:[A-Za-z_][\\w .-]*:(?:\\s.*)?|\\s+\\S.*|- .*)$");
    private static final java.util.regex.Pattern TOML_LINE =
            java.util.regex.Pattern.compile("^(?:[A-Za-z_\"][\\w .\"-]*\\s*=.*|\\[[^\\]]+\\]\\s*|\\s+\\S.*)$");

    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("^(?:\\s+\\S.*|- .*)$");

    /**
     * A line that belongs to a front matter block: {@code key: value}, {@code key = value}, or,
     * after the first line, the continuation of one (an indented line, a YAML list item).
     */
    private static boolean isMetadataLine(String line, Kind kind, boolean first) {
        String l = line.stripTrailing();
        if (l.isEmpty() || first && CONTINUATION.matcher(l).matches()) {
            return false;
        }
        return (kind == Kind.TOML ? TOML_LINE : YAML_LINE).matcher(l).matches();
    }

    /** {@code draft: true} or {@code published: false}. */
    public boolean marksDraft() {
        return bool("draft").orElse(false) || !bool("published").orElse(true);
    }

    /** A value by key, ignoring case and the spelling of separators ({@code date created}, {@code date_created}). */
    public Optional<Object> get(String key) {
        String wanted = normalize(key);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (normalize(e.getKey()).equals(wanted) && e.getValue() != null) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** A string value (numbers and booleans written as text), blank ones ignored. */
    public Optional<String> string(String key) {
        return get(key).filter(v -> v instanceof String || v instanceof Number || v instanceof Boolean)
                .map(String::valueOf)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** A boolean value, also written as a string ({@code "true"}, {@code "no"}). */
    public Optional<Boolean> bool(String key) {
        return get(key).flatMap(v -> {
            if (v instanceof Boolean b) {
                return Optional.of(b);
            }
            String s = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
            return switch (s) {
                case "true", "yes", "on" -> Optional.of(true);
                case "false", "no", "off" -> Optional.of(false);
                default -> Optional.empty();
            };
        });
    }

    /** A list of words: a YAML/TOML list, or one string split at commas (or at spaces, as Jekyll does). */
    public List<String> words(String key) {
        Optional<Object> value = get(key);
        List<String> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        Object v = value.get();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o != null && !(o instanceof Map) && !(o instanceof List)) {
                    out.add(String.valueOf(o).strip());
                }
            }
        } else if (v instanceof String s) {
            String[] parts = s.contains(",") ? s.split(",") : s.strip().split("\\s+");
            for (String p : parts) {
                out.add(p.strip());
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            out.add(String.valueOf(v));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** A nested table ({@code [taxonomies]} in Zola), empty when absent. */
    @SuppressWarnings("unchecked")
    public FrontMatter table(String key) {
        Map<String, Object> nested = get(key).filter(v -> v instanceof Map)
                .map(v -> (Map<String, Object>) v)
                .orElse(Map.of());
        return new FrontMatter(kind, nested, "", 0, Optional.empty());
    }

    /**
     * A key lower-cased without whitespace, {@code _} and {@code -}. Every lookup normalizes every
     * key of the block, so this is a loop rather than a regex compiled per call.
     */
    static String normalize(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean dropped =
                    c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '_' || c == '-';
            if (dropped && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (!dropped && out != null) {
                out.append(c);
            }
        }
        return out == null ? lower : out.toString();
    }

    private static Map<String, Object> toml(String source) throws FrontMatterException {
        TomlParseResult toml = Toml.parse(source);
        if (toml.hasErrors()) {
            var e = toml.errors().get(0);
            // The block starts on the file's second line.
            throw new FrontMatterException("TOML line " + (e.position().line() + 1) + ": " + e.getMessage());
        }
        return tomlTable(toml);
    }

    private static Map<String, Object> tomlTable(TomlTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            out.put(key, tomlValue(table.get(List.of(key))));
        }
        return out;
    }

    private static Object tomlValue(Object v) {
        if (v instanceof TomlTable t) {
            return tomlTable(t);
        }
        if (v instanceof TomlArray a) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(tomlValue(a.get(i)));
            }
            return out;
        }
        return v;
    }

    /** Immutable, so shared; a {@link Load} is not, so each block gets its own. */
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(20)
            .setAllowDuplicateKeys(true)
            .setCodePointLimit(1 << 20)
            .build();

    private static Map<String, Object> yaml(String source) throws FrontMatterException {
        if (source.isBlank()) {
            return Map.of();
        }
        Object loaded;
        try {
            loaded = new Load(YAML_SETTINGS).loadFromString(source);
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark()
                    .map(m -> "YAML line " + (m.getLine() + 2) + ": ")
                    .orElse("YAML: ");
            throw new FrontMatterException(where + e.getProblem());
        } catch (YamlEngineException | IllegalArgumentException e) {
            throw new FrontMatterException("YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new FrontMatterException("YAML front matter is not a list of key: value pairs");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Why a front matter block could not be read. */
    private static final class FrontMatterException extends Exception {
        FrontMatterException(String message) {
            super(message, null, false, false);
        }
    }
}
