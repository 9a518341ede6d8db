package org.gongkai.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code shared/} folder that sits beside the repository (design documents, the seed report,
 * the corpus with hand-read truth). A fresh clone has none, so every test that reads from it asks for
 * an {@link Optional} and skips (JUnit {@code Assumptions.assumeTrue}) when it is empty; files are
 * read in place and never copied into the repository.
 */
public final class SharedFiles {

    private SharedFiles() {}

    /** The {@code shared/} folder, found by walking up from the working directory. */
    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared");
            // The marker file tells the project's shared folder from any other folder called shared.
            if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isDirectory(candidate.resolve("docs"))) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * A file or folder inside {@code shared/}, e.g. {@code "seed/000_7364606721a9d05b.txt"} or {@code
     * "corpus/pingtan"}; empty when {@code shared/} or that path is absent.
     */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
