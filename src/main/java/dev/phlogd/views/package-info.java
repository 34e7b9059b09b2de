/** Menus and pages generated from the index: folders, root, tags, archive, search, links, about. */
package dev.phlogd.views;
