package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith modules (style.md habit 1): another module is reached only through its
 * base package's public types or its events, and only along the dependencies each module allows. The same run draws
 * the module diagrams into {@code docs/modules/} at the root of the repository, so the map cannot go stale: commit
 * what it writes.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);

    @Test
    void theModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresItself() {
        for (var module : MODULES) {
            String packageInfo = module.getBasePackage().getName() + ".package-info";
            assertThat(annotationOf(packageInfo, ApplicationModule.class))
                    .as("%s declares itself with @ApplicationModule", packageInfo)
                    .isNotNull();
        }
    }

    /**
     * What a module offers is in its {@code api} package (a named interface); everything else is
     * package-private, except what a container instantiates by name (H2's triggers, Tomcat's valve).
     */
    @Test
    void onlyTheNamedInterfacesArePublic() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongkai.app");
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("org.gongkai.app.(*)..")
                .and()
                .areTopLevelClasses()
                .and()
                .arePublic()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .resideInAPackage("org.gongkai.app.*.api")
                .orShould()
                .haveFullyQualifiedName("org.gongkai.app.system.AppendOnlyTrigger")
                .orShould()
                .haveFullyQualifiedName("org.gongkai.app.system.ChineseErrorReportValve")
                .orShould()
                .haveFullyQualifiedName("org.gongkai.app.letter.IssuedLetterTrigger")
                .check(classes);
        for (var module : MODULES) {
            boolean hasApi = module.getNamedInterfaces().stream()
                    .anyMatch(i -> i.getName().equals("api"));
            boolean hasPublicTypes = classes.stream()
                    .anyMatch(c ->
                            c.getPackageName().equals(module.getBasePackage().getName() + ".api"));
            assertThat(hasApi)
                    .as("%s names its api package", module.getDisplayName())
                    .isEqualTo(hasPublicTypes);
        }
    }

    private static Object annotationOf(String className, Class<? extends java.lang.annotation.Annotation> type) {
        try {
            return Class.forName(className).getAnnotation(type);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        Path folder = repositoryRoot().resolve("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.writeString(file, inStableOrder(Files.readString(file)));
            }
        }
    }

    /**
     * The Documenter writes components and relations in the order it meets them, which varies from run
     * to run; committed diagrams must not change when nothing changed, so runs of {@code Component(} and
     * {@code Rel(} lines are sorted.
     */
    static String inStableOrder(String diagram) {
        List<String> lines = new ArrayList<>(List.of(diagram.split("\n", -1)));
        for (String kind : List.of("Rel(", "Component(")) {
            int i = 0;
            while (i < lines.size()) {
                if (!lines.get(i).strip().startsWith(kind)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < lines.size() && lines.get(end).strip().startsWith(kind)) {
                    end++;
                }
                Collections.sort(lines.subList(i, end));
                i = end;
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void theDiagramsAreWrittenInAStableOrder() {
        String shuffled = "x\nRel(b, a)\nRel(a, b)\ny\n  Component(z)\n  Component(c)\n";
        assertThat(inStableOrder(shuffled)).isEqualTo("x\nRel(a, b)\nRel(b, a)\ny\n  Component(c)\n  Component(z)\n");
        assertThat(inStableOrder(inStableOrder(shuffled))).isEqualTo(inStableOrder(shuffled));
    }

    // Surefire runs in gongkai-app/; the repository root is where the Maven wrapper is.
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
