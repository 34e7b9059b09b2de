/** The in-memory index of the hole, kept current as files change, and the journal views built from it. */
package dev.phlogd.index;
