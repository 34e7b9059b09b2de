/** Logging: where log lines go (an appender of phlogd's own), the default set-up in code, and when it is done. */
package dev.phlogd.logging;
