package dev.phlogd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The files that run phlogd outside Maven: the JVM flags, the systemd unit, the HAProxy sample. */
class DeploymentFilesTest {
    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void jvmOptionsIsAnArgfileTheJdkAccepts() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "@config/jvm.options", "-version"));
    }

    @Test
    void everyWayOfRunningUsesTheOneFileOfFlags() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("java @config/jvm.options -jar target/phlogd.jar");
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("@/etc/phlogd/jvm.options")
                .contains("config/jvm.options");
        assertThat(Files.readString(Path.of("config", "phlogd.service"))).contains("@/etc/phlogd/jvm.options");
    }

    @Test
    void theSystemdUnitIsLockedDownAndVerifies() throws Exception {
        String unit = Files.readString(Path.of("config", "phlogd.service"));
        assertThat(unit)
                .contains(
                        "AmbientCapabilities=CAP_NET_BIND_SERVICE",
                        "ProtectSystem=strict",
                        "ReadOnlyPaths=",
                        "NoNewPrivileges=yes",
                        "PrivateTmp=yes",
                        "User=phlogd");
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed");
        String out = run(List.of(
                analyze.toString(),
                "verify",
                Path.of("config", "phlogd.service").toString()));
        assertThat(out).doesNotContain("Unknown", "Failed", "is not executable");
    }

    @Test
    void theHaproxySampleIsValid() throws Exception {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        Assumptions.assumeTrue(Files.isExecutable(haproxy), "haproxy is not installed");
        run(List.of(
                haproxy.toString(), "-c", "-f", Path.of("config", "haproxy.cfg").toString()));
    }
}
