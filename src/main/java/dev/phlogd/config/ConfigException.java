package dev.phlogd.config;

/** A problem with the command line or configuration, told to the user in one line. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
