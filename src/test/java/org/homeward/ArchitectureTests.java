package org.homeward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.homeward");

    /** The rules below say "no class may"; they would pass on nothing if the import found nothing. */
    @Test
    void theRulesSeeTheWholeApplication() {
        assertThat(classes.contain(HomewardApplication.class)).isTrue();
        assertThat(classes.stream().map(c -> c.getPackageName().split("\\."))
                .filter(p -> p.length > 2).map(p -> p[2]).distinct())
                .contains("access", "audit", "child", "episode", "rhi");
    }

    @Test
    void timeComesOnlyFromTheInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("tests move time by replacing the one Clock bean")
                .check(classes);
    }

    @Test
    void nothingUsesJpaOrWritesToStandardOutput() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("persistence is Spring Data JDBC and SQL")
                .check(classes);
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("logs are structured and must never carry personal data by accident")
                .check(classes);
    }

    @Test
    void onlyInsightDependsOnInsight() {
        noClasses().that().resideOutsideOfPackage("org.homeward.insight..")
                .should().dependOnClassesThat().resideInAPackage("org.homeward.insight..")
                .because("insight reads the other modules and no module calls it; figures reach it through"
                        + " platform.figures.FigureSource (ADR 0028)")
                .check(classes);
    }

    /** A dependency written inline is one a reader of the imports does not see. */
    @Test
    void dependenciesOnHomewardTypesAreImportedNotWrittenInline() throws IOException {
        var inline = Pattern.compile("(?<![\\w.])org\\.homeward\\.([a-z][a-z0-9]*\\.)+[A-Z]");
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("src/test/java"))
                .flatMap(ArchitectureTests::javaFiles)) {
            assertThat(files.filter(f -> !f.endsWith("package-info.java"))
                    .flatMap(f -> lines(f).filter(l -> !l.startsWith("import ") && !l.startsWith("package ")
                            && inline.matcher(l).find()).map(l -> f + ": " + l.strip())))
                    .isEmpty();
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
