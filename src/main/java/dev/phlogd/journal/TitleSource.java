package dev.phlogd.journal;

/** Where an entry's title came from, in the order they are tried. */
public enum TitleSource {
    FRONT_MATTER,
    HEADING,
    FILE_NAME
}
