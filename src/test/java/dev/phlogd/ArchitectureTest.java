package dev.phlogd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the house, top to bottom, as README's ARCHITECTURE section draws them. A package
 * may use the packages of the layers below its own and nothing above or beside it; there are no
 * package cycles; Netty is used in {@code server} only; no source file grows past 300 lines.
 */
class ArchitectureTest {
    /** Top to bottom; "" is the root package ({@code Main}). */
    static final List<List<String>> LAYERS = List.of(
            List.of(""),
            List.of("cli", "server"),
            List.of("routing"),
            List.of("views"),
            List.of("index"),
            List.of("menu", "content"),
            List.of("render"),
            List.of("journal"),
            List.of("protocol"),
            List.of("page", "text", "config", "logging"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.phlogd");
    }

    private static String pattern(String pkg) {
        return pkg.isEmpty() ? "dev.phlogd" : "dev.phlogd." + pkg + "..";
    }

    @Test
    void everyPackageIsInALayer() {
        List<String> named = LAYERS.stream().flatMap(List::stream).toList();
        List<String> found = classes.stream()
                .map(c -> c.getPackageName().replaceFirst("^dev\\.phlogd\\.?", ""))
                .map(p -> p.contains(".") ? p.substring(0, p.indexOf('.')) : p)
                .distinct()
                .toList();
        assertThat(named).containsAll(found);
    }

    @Test
    void noPackageUsesOneAboveOrBesideIt() {
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            for (String pkg : LAYERS.get(layer)) {
                List<String> forbidden = new ArrayList<>();
                for (int other = 0; other <= layer; other++) {
                    for (String p : LAYERS.get(other)) {
                        if (!p.equals(pkg)) {
                            forbidden.add(pattern(p));
                        }
                    }
                }
                if (forbidden.isEmpty()) {
                    continue;
                }
                noClasses()
                        .that()
                        .resideInAPackage(pattern(pkg))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because("layer " + layer + " (" + (pkg.isEmpty() ? "root" : pkg)
                                + ") may only use the layers below it")
                        .check(classes);
            }
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.phlogd.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nettyStaysInTheServerPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.phlogd.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.netty..")
                .because("protocol and content code is plain Java, testable without a socket")
                .check(classes);
    }

    @Test
    void noSourceFileIsLongerThan300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            List<String> long_ = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > 300)
                    .map(p -> p + ": " + lines(p) + " lines")
                    .toList();
            assertThat(long_).isEmpty();
        }
    }

    private static long lines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
