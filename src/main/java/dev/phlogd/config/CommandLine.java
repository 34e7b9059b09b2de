package dev.phlogd.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed command line: {@code phlogd [serve|check|render FILE] [--config FILE] [--KEY VALUE]...}
 * where every setting's flag is {@code --} plus its key with dashes. A boolean flag alone means
 * true; {@code --flag=value} works for every flag.
 */
public record CommandLine(
        String command,
        List<String> arguments,
        Optional<Path> config,
        Map<Setting, String> settings,
        boolean help,
        boolean version) {

    public static final List<String> COMMANDS = List.of("serve", "check", "render");

    public static CommandLine parse(String... args) throws ConfigException {
        String command = "serve";
        List<String> arguments = new ArrayList<>();
        Optional<Path> config = Optional.empty();
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        boolean help = false;
        boolean version = false;
        int i = 0;
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            command = args[0];
            i = 1;
        }
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.equals("--version")) {
                version = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                if (arg.startsWith("-") && arg.length() > 1) {
                    throw new ConfigException("unknown option " + arg + " (see --help)");
                }
                arguments.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--config")) {
                if (value == null) {
                    value = valueAfter(args, i++, name);
                }
                config = Optional.of(Path.of(value));
                continue;
            }
            Setting setting = Setting.byFlag(name)
                    .orElseThrow(() -> new ConfigException("unknown option " + arg + " (see --help)"));
            if (value == null) {
                if (setting.type() == Setting.Type.BOOL) {
                    value = "true";
                } else {
                    value = valueAfter(args, i++, name);
                }
            }
            settings.put(setting, value);
        }
        return new CommandLine(command, List.copyOf(arguments), config, settings, help, version);
    }

    private static String valueAfter(String[] args, int i, String name) throws ConfigException {
        if (i + 1 >= args.length) {
            throw new ConfigException("option " + name + " needs a value (see --help)");
        }
        return args[i + 1];
    }

    /** The usage text for {@code --help}. */
    public static String usage() {
        StringBuilder out = new StringBuilder();
        out.append("""
                Usage: java -jar phlogd.jar [--config FILE] [--root DIR] [--bind ADDR] [--port N]
                                            [--hostname NAME] [--public-port N] [--width N] [OPTIONS]
                       java -jar phlogd.jar check [--root DIR]
                       java -jar phlogd.jar render FILE [--width N]

                Serves a folder of Markdown and text journal files over Gopher (RFC 1436).

                  serve          run the server (the default)
                  check          scan the content folder and report problems (exit code 1 on errors)
                  render FILE    print an entry exactly as a Gopher client receives it

                  --config FILE  TOML settings file (default: config/phlogd.toml when present)
                  --help         this text
                  --version      print the version

                Settings (flag, environment variable, meaning [default]):
                """);
        for (Setting s : Setting.values()) {
            String flag = s.flag()
                    + (s.type() == Setting.Type.BOOL ? "" : " " + s.type().name());
            out.append(String.format(
                    "  %-26s %s%n      %s [%s]%n",
                    flag, s.envName(), s.help(), s.defaultValue().isEmpty() ? "empty" : s.defaultValue()));
        }
        out.append("\nPrecedence: flags over environment over the TOML file over defaults.\n");
        return out.toString();
    }
}
