package dev.phlogd.routing;

import dev.phlogd.Version;

/**
 * The generated {@code /caps.txt}: the server capabilities file that Gopher clients such as
 * Lagrange and VF-1 read to learn how selectors are built.
 */
public final class CapsFile {
    private CapsFile() {}

    public static String text(String description, String admin) {
        return "CAPS\n"
                + "\n"
                + "CapsVersion=1\n"
                + "ExpireCapsAfter=3600\n"
                + "\n"
                + "PathDelimeter=/\n"
                + "PathIdentity=.\n"
                + "PathParent=..\n"
                + "PathParentDouble=FALSE\n"
                + "PathEscapeCharacter=\\\n"
                + "PathKeepPreDelimeter=FALSE\n"
                + "\n"
                + "ServerSoftware=phlogd\n"
                + "ServerSoftwareVersion=" + Version.current() + "\n"
                + "ServerDescription=" + oneLine(description) + "\n"
                + "ServerDefaultEncoding=UTF-8\n"
                + (admin.isBlank() ? "" : "ServerAdmin=" + oneLine(admin) + "\n");
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
