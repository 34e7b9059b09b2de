package dev.phlogd.protocol;

/** What kind of reply a request got, as the access log names it. */
public enum Outcome {
    MENU,
    TEXT,
    FILE,
    REDIRECT,
    /** Gemini's 1x: the client is asked for input (a search query). */
    INPUT,
    HTTP,
    ERROR;

    /** The access log's word for it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
