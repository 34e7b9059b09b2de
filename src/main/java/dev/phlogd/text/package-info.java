/** Text primitives: decoding, cleaning, display width and Unicode line breaking. */
package dev.phlogd.text;
