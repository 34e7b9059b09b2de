package dev.phlogd.support;

import dev.phlogd.journal.HoleLinks;
import java.util.Optional;

/** Link lookups for rendering tests. */
public final class Lookups {
    /** A hole with nothing in it: every local link and wikilink resolves to nothing. */
    public static final HoleLinks.Lookup NOTHING = new HoleLinks.Lookup() {
        @Override
        public Optional<HoleLinks.Destination> byPath(String path) {
            return Optional.empty();
        }

        @Override
        public Optional<HoleLinks.Destination> byName(String name) {
            return Optional.empty();
        }
    };

    private Lookups() {}
}
