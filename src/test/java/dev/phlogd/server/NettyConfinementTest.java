package dev.phlogd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Netty types live only in the network layer; everything else stays plain, socket-free Java. */
class NettyConfinementTest {
    @Test
    void onlyTheServerPackageImportsNetty() throws IOException {
        Path main = Path.of("src", "main", "java");
        Path server = main.resolve("dev/phlogd/server");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> offenders = files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(server))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import io.netty");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }
}
