package dev.phlogd.journal;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The file-level facts every format shares: the file's name, its modification time and the zone
 * that time is read in (a last resort for the entry's date).
 */
record SourceFile(String name, Instant modified, ZoneId zone) {}
