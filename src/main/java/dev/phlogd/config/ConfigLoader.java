package dev.phlogd.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * Merges defaults, the TOML file, {@code PHLOGD_*} environment variables and command-line flags
 * into a {@link ServerConfig}. Every problem becomes one {@link ConfigException} line.
 */
public final class ConfigLoader {
    /** Used when no --config is given and the file exists in the working directory. */
    public static final Path DEFAULT_CONFIG = Path.of("config", "phlogd.toml");

    private ConfigLoader() {}

    public static ServerConfig load(CommandLine commandLine, Map<String, String> env) throws ConfigException {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Optional<Path> file = configFile(commandLine, env);
        if (file.isPresent()) {
            values.putAll(readToml(file.get()));
        }
        for (Setting s : Setting.values()) {
            String v = env.get(s.envName());
            if (v != null) {
                values.put(s, v);
            }
        }
        values.putAll(commandLine.settings());
        if (values.getOrDefault(Setting.STATE_DIR, "").isBlank()) {
            defaultStateDir(env).ifPresent(dir -> values.put(Setting.STATE_DIR, dir.toString()));
        }
        return ServerConfig.from(values);
    }

    /** {@code $XDG_STATE_HOME/phlogd} when that is set to an absolute path (the XDG base directory rule). */
    static Optional<Path> defaultStateDir(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Optional.of(Path.of(xdg, "phlogd"))
                : Optional.empty();
    }

    /** The config file to read: --config, else $PHLOGD_CONFIG, else config/phlogd.toml if present. */
    public static Optional<Path> configFile(CommandLine commandLine, Map<String, String> env) {
        if (commandLine.config().isPresent()) {
            return commandLine.config();
        }
        String fromEnv = env.get("PHLOGD_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Path.of(fromEnv));
        }
        return Files.isRegularFile(DEFAULT_CONFIG) ? Optional.of(DEFAULT_CONFIG) : Optional.empty();
    }

    static Map<Setting, String> readToml(Path file) throws ConfigException {
        TomlParseResult toml;
        try {
            toml = Toml.parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        if (toml.hasErrors()) {
            TomlParseError first = toml.errors().get(0);
            throw new ConfigException(
                    "config file " + file + " line " + first.position().line() + ": " + first.getMessage());
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (String key : toml.keySet()) {
            Setting s = Setting.byKey(key)
                    .orElseThrow(() -> new ConfigException("config file " + file + " line "
                            + toml.inputPositionOf(key).line() + ": unknown setting '" + key + "'"));
            Object v = toml.get(key);
            if (!(v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean)) {
                throw new ConfigException("config file " + file + " line "
                        + toml.inputPositionOf(key).line() + ": '" + key + "' must be a string, number or boolean");
            }
            if (v instanceof String && s.type() != Setting.Type.STRING && s.type() != Setting.Type.PATH) {
                throw new ConfigException("config file " + file + " line "
                        + toml.inputPositionOf(key).line() + ": '" + key + "' must not be quoted");
            }
            values.put(s, String.valueOf(v));
        }
        return values;
    }
}
