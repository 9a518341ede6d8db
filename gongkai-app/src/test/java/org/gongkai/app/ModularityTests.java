package org.gongkai.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
    void writesTheModuleDiagrams() {
        Path folder = repositoryRoot().resolve("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
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
