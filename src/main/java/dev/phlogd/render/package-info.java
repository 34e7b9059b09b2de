/** Markdown and plain text rendered as text wrapped to a width. */
package dev.phlogd.render;
