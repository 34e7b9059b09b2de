/** phlogd, a Gopher server for journals: the command line. */
package dev.phlogd;
