package dev.phlogd.journal;

/** Where an entry's date came from, in the order they are tried. */
public enum DateSource {
    FRONT_MATTER,
    FILE_NAME,
    HEADING,
    MODIFIED
}
