/** The Atom feed of the newest entries. */
package dev.phlogd.feed;
