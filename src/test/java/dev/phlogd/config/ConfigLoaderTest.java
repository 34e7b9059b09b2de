package dev.phlogd.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path toml(String text) throws IOException {
        return Files.writeString(dir.resolve("phlogd.toml"), text);
    }

    @Test
    void defaultsWithoutFileEnvOrFlags() throws Exception {
        ServerConfig c = ConfigLoader.load(CommandLine.parse("--config", toml("").toString()), Map.of());
        assertThat(c.root().toString()).isEqualTo("gopherhole");
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.hostname()).isEqualTo("localhost");
        assertThat(c.width()).isEqualTo(70);
        assertThat(c.advertisedPort(7070)).isEqualTo(7070);
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.strictRfc1436()).isFalse();
    }

    @Test
    void flagsOverrideEnvironmentWhichOverridesTheFile() throws Exception {
        Path file = toml("port = 7000\nhostname = \"from-file\"\nwidth = 60\n");
        ServerConfig c = ConfigLoader.load(
                CommandLine.parse("--config", file.toString(), "--port", "7100"),
                Map.of("PHLOGD_PORT", "7050", "PHLOGD_HOSTNAME", "from-env"));
        assertThat(c.port()).isEqualTo(7100);
        assertThat(c.hostname()).isEqualTo("from-env");
        assertThat(c.width()).isEqualTo(60);
    }

    @Test
    void everyContractFlagIsAccepted() throws Exception {
        ServerConfig c = ConfigLoader.load(
                CommandLine.parse(
                        "--config",
                        toml("").toString(),
                        "--root",
                        "/srv/hole",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--hostname",
                        "gopher.example",
                        "--public-port",
                        "70",
                        "--width",
                        "72"),
                Map.of());
        assertThat(c.root()).isEqualTo(Path.of("/srv/hole"));
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isZero();
        assertThat(c.hostname()).isEqualTo("gopher.example");
        assertThat(c.advertisedPort(41234)).isEqualTo(70);
        assertThat(c.width()).isEqualTo(72);
    }

    @Test
    void booleanAndSecondsFlags() throws Exception {
        ServerConfig c = ConfigLoader.load(
                CommandLine.parse("--config", toml("").toString(), "--strict-rfc1436", "--read-timeout=0.25"),
                Map.of());
        assertThat(c.strictRfc1436()).isTrue();
        assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void transportIsAutoUnlessNamed() throws Exception {
        assertThat(ConfigLoader.load(CommandLine.parse("--config", toml("").toString()), Map.of())
                        .network()
                        .transport())
                .isEqualTo(NetworkSettings.Transport.AUTO);
        assertThat(ConfigLoader.load(
                                CommandLine.parse(
                                        "--config",
                                        toml("transport = \"io_uring\"\n").toString()),
                                Map.of("PHLOGD_TRANSPORT", "epoll"))
                        .network()
                        .transport())
                .isEqualTo(NetworkSettings.Transport.EPOLL);
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse("--config", toml("").toString(), "--transport", "kqueue"), Map.of()))
                .hasMessage("transport must be one of auto, io_uring, epoll, nio, got 'kqueue'");
    }

    @Test
    void mistakesAreOneClearLine() throws IOException {
        assertThatThrownBy(() -> CommandLine.parse("--prot", "70")).hasMessage("unknown option --prot (see --help)");
        assertThatThrownBy(() -> CommandLine.parse("--port")).hasMessage("option --port needs a value (see --help)");
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse("--config", dir.resolve("none.toml").toString()), Map.of()))
                .hasMessageStartingWith("config file not found");
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse(
                                "--config", toml("width = 70\nport = = 1\n").toString()),
                        Map.of()))
                .hasMessageContaining("line 2:");
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse("--config", toml("colour = 1\n").toString()), Map.of()))
                .hasMessageContaining("unknown setting 'colour'");
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse("--config", toml("port = \"70\"\n").toString()), Map.of()))
                .hasMessageContaining("must not be quoted");
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse("--config", toml("").toString(), "--port", "99999"), Map.of()))
                .hasMessage("port must be between 0 and 65535, got 99999");
        assertThatThrownBy(() -> ConfigLoader.load(
                        CommandLine.parse("--config", toml("").toString(), "--width", "wide"), Map.of()))
                .hasMessage("width must be a whole number, got 'wide'");
    }

    @Test
    void bundledConfigFileNamesEverySettingWithAComment() throws Exception {
        Path bundled = Path.of("config", "phlogd.toml");
        String text = Files.readString(bundled);
        for (Setting s : Setting.values()) {
            assertThat(text)
                    .as("config/phlogd.toml documents %s", s.key())
                    .containsPattern("(?m)^#.*\\n" + s.key() + " = ");
        }
        ServerConfig c = ConfigLoader.load(CommandLine.parse("--config", bundled.toString()), Map.of());
        assertThat(c).isEqualTo(ServerConfig.defaults());
    }

    @Test
    void readmeDocumentsEverySetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Setting s : Setting.values()) {
            assertThat(readme)
                    .as("README documents %s", s.key())
                    .contains("| `" + s.key() + "` | `" + s.envName() + "` |");
        }
    }

    @Test
    void usageListsEverySetting() {
        String usage = CommandLine.usage();
        for (Setting s : Setting.values()) {
            assertThat(usage).contains(s.flag()).contains(s.envName());
        }
    }
}
