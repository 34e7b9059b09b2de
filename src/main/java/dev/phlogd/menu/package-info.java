/** Hand-written gophermaps and the menus folders are served as. */
package dev.phlogd.menu;
