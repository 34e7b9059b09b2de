/** The network layer, and the only code that uses Netty. */
package dev.phlogd.server;
