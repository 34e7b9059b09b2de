/** Journal entries as writers keep them: front matter, dates, titles, tags, sections and links. */
package dev.phlogd.journal;
