package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/** The module map in docs/architecture.md, enforced: see that document for what each arrow is for. */
class ModularityTests {

    /** Where the diagrams generated from the code are checked in; {@code -Dmodule-map.write} rewrites them. */
    static final Path DIAGRAMS = Path.of("docs/architecture");

    private static final ApplicationModules MODULES = ApplicationModules.of(HomewardApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    /** Without a declaration Spring Modulith allows any arrow, so a new module must say what it may use. */
    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        assertThat(MODULES.stream()
                .filter(module -> {
                    var declared = declaration(module.getBasePackage().getName());
                    return declared == null
                            || Arrays.asList(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
                })
                .map(module -> module.getIdentifier().toString()))
                .as("modules without allowedDependencies in their package-info.java")
                .isEmpty();
        assertThat(MODULES.stream()).hasSizeGreaterThan(10);
    }

    /** A declared arrow nothing uses would let the next one in unremarked: the declarations are what the code uses. */
    @Test
    void everyDeclaredArrowIsUsed() {
        Map<String, Set<String>> used = new TreeMap<>();
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> {
            used.put(module.getIdentifier().toString(), module.getDirectDependencies(MODULES).stream()
                    .filter(d -> !d.getTargetModule().equals(module))
                    .map(ModularityTests::arrow)
                    .collect(Collectors.toCollection(TreeSet::new)));
            declared.put(module.getIdentifier().toString(),
                    new TreeSet<>(Arrays.asList(declaration(module.getBasePackage().getName()).allowedDependencies())));
        });
        assertThat(declared).as("allowedDependencies in each package-info.java").isEqualTo(used);
    }

    /** "platform" for the module's own API, "platform :: web" for one of its named interfaces. */
    private static String arrow(ApplicationModuleDependency dependency) {
        var target = dependency.getTargetModule();
        return target.getNamedInterfaces().stream()
                .filter(i -> i.isNamed() && i.contains(dependency.getTargetType()))
                .map(i -> target.getIdentifier() + " :: " + i.getName())
                .findFirst().orElse(target.getIdentifier().toString());
    }

    /** The table in docs/architecture.md says what each module may use; it says what the code declares. */
    @Test
    void theMapSaysWhatEachModuleDeclares() throws IOException {
        var row = Pattern.compile("^\\| `([a-z]+)` \\|[^|]*\\| ([^|]*) \\|");
        Map<String, Set<String>> written = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            var m = row.matcher(line);
            if (m.find()) {
                written.put(m.group(1), Stream.of(m.group(2).split(",\\s*")).map(String::strip)
                        .filter(name -> !name.equals("nothing"))
                        .map(name -> name.equals("web") || name.equals("figures") ? "platform :: " + name : name)
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> declared.put(module.getIdentifier().toString(),
                new TreeSet<>(Arrays.asList(declaration(module.getBasePackage().getName()).allowedDependencies()))));
        assertThat(written).as("docs/architecture.md, \"Modules and their arrows\"").isEqualTo(declared);
    }

    @Test
    void anArrowThatIsNotDeclaredFailsVerification() {
        ApplicationModules.of("org.homeward.modulemap.allowed", TEST_CLASSES_TOO).verify();

        var forbidden = ApplicationModules.of("org.homeward.modulemap.forbidden", TEST_CLASSES_TOO);
        assertThat(forbidden.stream()).hasSize(3);
        assertThatThrownBy(forbidden::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Case")
                .hasMessageContaining("reports")
                .hasMessageNotContaining("people.Person");
    }

    @Test
    void theCheckedInDiagramsAreTheCodes(@TempDir Path generated) {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withExclusions(module -> module.getIdentifier().toString().equals("platform")))
                .writeIndividualModulesAsPlantUml();
        var fromCode = read(generated);
        if (Boolean.getBoolean("module-map.write")) {
            write(fromCode, lines(read(DIAGRAMS)));
        }
        assertThat(lines(read(DIAGRAMS)))
                .as("docs/architecture differs from the code: run ./mvnw test -Dtest=ModularityTests"
                        + " -Dmodule-map.write=true and check in what it writes")
                .isEqualTo(lines(fromCode));
    }

    /** Documenter lists elements in hash order, which says nothing about the map; the lines themselves do. */
    private static Map<String, String> lines(Map<String, String> diagrams) {
        var sorted = new TreeMap<String, String>();
        diagrams.forEach((name, text) -> sorted.put(name, text.lines().sorted().collect(Collectors.joining("\n"))));
        return sorted;
    }

    private static final ImportOption TEST_CLASSES_TOO = location -> true;

    private static ApplicationModule declaration(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException none) {
            return null;
        }
    }

    private static Map<String, String> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".puml"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), ModularityTests::content,
                            (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the diagrams whose lines changed, so that a diagram only reordered stays as it was checked in. */
    private static void write(Map<String, String> diagrams, Map<String, String> checkedIn) {
        var changed = lines(diagrams);
        try {
            Files.createDirectories(DIAGRAMS);
            for (var name : checkedIn.keySet()) {
                if (!diagrams.containsKey(name)) {
                    Files.delete(DIAGRAMS.resolve(name));
                }
            }
            for (var d : diagrams.entrySet()) {
                if (!changed.get(d.getKey()).equals(checkedIn.get(d.getKey()))) {
                    Files.writeString(DIAGRAMS.resolve(d.getKey()), d.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
