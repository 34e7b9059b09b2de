/**
 * Pages as data, the same for every protocol: menus, entries, texts, files, redirects and
 * not-found answers. Views build them; one writer per protocol turns them into bytes.
 */
package dev.phlogd.page;
