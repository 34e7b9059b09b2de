/** The content folder on disk: safe selector resolution, hidden names, file kinds and the selector scheme. */
package dev.phlogd.content;
