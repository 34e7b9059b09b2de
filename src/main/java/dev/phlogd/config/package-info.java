/** Settings: the TOML file, {@code PHLOGD_*} environment variables and command-line flags, merged and checked. */
package dev.phlogd.config;
