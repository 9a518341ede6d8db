package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.Test;

/**
 * Role names are written once, in {@link Role}: no source, template or test names a role in a string
 * (code uses {@code Role.X}, templates use the navigation and {@code Permission}), and no template asks
 * Spring Security about a role. Message files name roles as keys ({@code role.AGENCY_ADMIN=…}), which is
 * where their Chinese names live.
 */
class RoleNamesTests {
    private static final Pattern QUOTED_ROLE = Pattern.compile(
            "[\"'](" + Stream.of(Role.values()).map(Role::name).collect(Collectors.joining("|")) + ")[\"']");
    private static final Pattern ROLE_CHECK_IN_TEMPLATE = Pattern.compile("has(Any)?(Role|Authority)\\(");

    @Test
    void noRoleNameIsWrittenAsAString() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("src/test"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".properties") || file.endsWith(Path.of("system/api/Role.java"))) {
                        continue;
                    }
                    if (!(name.endsWith(".java") || name.endsWith(".html") || name.endsWith(".sql"))) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (QUOTED_ROLE.matcher(line).find()
                                || (name.endsWith(".html")
                                        && ROLE_CHECK_IN_TEMPLATE.matcher(line).find())) {
                            found.add(file + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("role names written as strings (use Role.X or Permission)")
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        String admin = Role.AGENCY_ADMIN.name();
        String platform = Role.PLATFORM_ADMIN.name();
        assertThat(QUOTED_ROLE.matcher("hasRole(\"" + admin + "\")").find()).isTrue();
        assertThat(QUOTED_ROLE
                        .matcher("sec:authorize=\"hasRole('" + platform + "')\"")
                        .find())
                .isTrue();
        assertThat(QUOTED_ROLE.matcher("Role.AGENCY_ADMIN").find()).isFalse();
    }
}
