package dev.phlogd.menu;

import dev.phlogd.page.MenuLine;
import dev.phlogd.protocol.MenuFormat;
import dev.phlogd.text.DisplayWidth;
import dev.phlogd.text.LineBreaker;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Info lines of a hand-written map that are wider than a menu shows: prose is wrapped into several
 * info lines at word boundaries (by display width), so that no word is lost where gophernicus cuts
 * the line; hand-formatted lines (ASCII art, tables, columns of spaces) are left as they are.
 */
final class InfoLines {
    /** Three spaces in a row, a run of drawing characters, box drawing, or a table's bars. */
    private static final Pattern FORMATTED =
            Pattern.compile("   |([-=_*~#+.|/\\\\<>^])\\1\\1|[\\u2500-\\u259F]|\\|.*\\|");

    private InfoLines() {}

    static List<MenuLine> wrap(String text) {
        if (DisplayWidth.of(text) <= MenuFormat.DISPLAY_COLUMNS) {
            return List.of(MenuLine.text(text));
        }
        if (isFormatted(text)) {
            return List.of(MenuLine.asWritten(text));
        }
        return LineBreaker.wrap(text, MenuFormat.DISPLAY_COLUMNS).stream()
                .map(MenuLine::text)
                .toList();
    }

    /** Laid out by hand: its spacing or drawing means something, so it is never reflowed. */
    static boolean isFormatted(String text) {
        return text.startsWith("  ") || FORMATTED.matcher(text).find();
    }
}
