/** The commands for the person editing the hole: {@code check} and {@code render}. */
package dev.phlogd.cli;
