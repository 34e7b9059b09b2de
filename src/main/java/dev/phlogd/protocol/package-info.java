/** The Gopher wire vocabulary and format (RFC 1436): requests, items, menus, text and errors. */
package dev.phlogd.protocol;
