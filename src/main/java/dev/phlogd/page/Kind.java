package dev.phlogd.page;

/**
 * What a menu line is or leads to: a text, a menu, a search, an image... The names follow the
 * Gopher item types (RFC 1436 section 3.8 and the de-facto g, I, h, i, s), the richest vocabulary
 * any front end needs; a protocol's writer decides how each is shown.
 */
public enum Kind {
    TEXT,
    MENU,
    CSO,
    ERROR,
    BINHEX,
    DOS,
    UUENCODED,
    SEARCH,
    TELNET,
    BINARY,
    MIRROR,
    TN3270,
    GIF,
    IMAGE,
    HTML,
    INFO,
    SOUND,
    DOCUMENT,
    PNG
}
