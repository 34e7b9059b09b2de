/** Where log lines go: logback appenders of phlogd's own. */
package dev.phlogd.logging;
