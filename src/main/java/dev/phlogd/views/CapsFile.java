package dev.phlogd.views;

import dev.phlogd.config.Version;
import dev.phlogd.page.Page;

/**
 * The generated {@code /caps.txt}: the server capabilities file that Gopher clients such as
 * Lagrange and VF-1 read to learn how selectors are built.
 */
public final class CapsFile {
    private CapsFile() {}

    /** The file as a page. */
    public static Page.Text page(String description, String admin) {
        return new Page.Text("caps.txt", text(description, admin));
    }

    static String text(String description, String admin) {
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
