package dev.phlogd.protocol;

import dev.phlogd.page.Kind;
import java.util.Optional;

/** Gopher item types (RFC 1436 section 3.8, plus the de-facto g, I, h, i and s). */
public enum ItemType {
    TEXT('0'),
    MENU('1'),
    CSO('2'),
    ERROR('3'),
    BINHEX('4'),
    DOS('5'),
    UUENCODED('6'),
    SEARCH('7'),
    TELNET('8'),
    BINARY('9'),
    MIRROR('+'),
    TN3270('T'),
    GIF('g'),
    IMAGE('I'),
    HTML('h'),
    INFO('i'),
    SOUND('s'),
    DOCUMENT('d'),
    PNG('p');

    /** Each kind's type, by the kind's ordinal: every menu line asks (by name it was a map lookup and a throw-away string). */
    private static final ItemType[] BY_KIND =
            java.util.Arrays.stream(Kind.values()).map(k -> valueOf(k.name())).toArray(ItemType[]::new);

    private final char code;

    ItemType(char code) {
        this.code = code;
    }

    /** The type's character on the wire. */
    public char code() {
        return code;
    }

    /** The page kind this type stands for. */
    public Kind kind() {
        return Kind.valueOf(name());
    }

    /** The type a page kind is written as. */
    public static ItemType of(Kind kind) {
        return BY_KIND[kind.ordinal()];
    }

    /** The type with this wire character, if phlogd knows it. */
    public static Optional<ItemType> of(char code) {
        for (ItemType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
