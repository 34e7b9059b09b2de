package dev.phlogd.menu;

import dev.phlogd.page.MenuLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the menu a folder is served as: its generated listing, or its hand-written gophermap. */
public final class FolderMenu {
    private FolderMenu() {}

    /**
     * A hand-written gophermap with its generated blocks filled in; {@code blocks} gives the items
     * of a named block (already without the names the map hides).
     */
    public static List<MenuLine> fromGophermap(Gophermap map, Function<Gophermap.Generated, List<MenuLine>> blocks) {
        List<MenuLine> items = new ArrayList<>();
        for (Gophermap.Element element : map.elements()) {
            if (element instanceof Gophermap.Line line) {
                items.add(line.item());
            } else if (element instanceof Gophermap.Block block) {
                items.addAll(blocks.apply(block.block()));
            }
        }
        return withContent(items);
    }

    /** An empty menu still says something: a single info line. */
    public static List<MenuLine> withContent(List<MenuLine> items) {
        return items.isEmpty() ? List.of(MenuLine.text("This folder is empty.")) : List.copyOf(items);
    }
}
