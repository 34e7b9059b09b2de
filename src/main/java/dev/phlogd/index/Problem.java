package dev.phlogd.index;

/** Something about a file that the person keeping the hole should know (logged, and listed by {@code check}). */
public record Problem(String relPath, String message) {}
