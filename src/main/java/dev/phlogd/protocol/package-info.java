/**
 * The wire vocabularies and formats: Gopher (RFC 1436: requests, items, menus, text and errors) and
 * Gemini (URL requests, status lines, gemtext), each with the writer that turns pages into its bytes.
 */
package dev.phlogd.protocol;
