/** Requests to replies: special selectors, Gopher+, HTTP, generated pages and the content, with the reply cache. */
package dev.phlogd.routing;
