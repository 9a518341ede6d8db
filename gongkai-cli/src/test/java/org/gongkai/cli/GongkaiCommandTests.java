package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Help and usage errors are in Chinese: picocli's English defaults never reach a user. */
class GongkaiCommandTests {
    /** Words that may stay Latin: command and option names, formats, placeholders. */
    private static final List<String> LATIN = List.of(
            "gongkai",
            "audit",
            "render",
            "help",
            "json",
            "JSON",
            "annual",
            "report",
            "REPORT",
            "html",
            "HTML",
            "htm",
            "docx",
            "xlsx",
            "txt",
            "pdf",
            "PDF",
            "Word",
            "Excel",
            "progress",
            "year",
            "format",
            "out",
            "version",
            "PATH",
            "FILE",
            "COMMAND",
            "Lines",
            "doc");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void helpOfEveryCommandIsInChinese() {
        for (String[] args : List.of(
                new String[] {"--help"},
                new String[] {"help"},
                new String[] {"audit", "--help"},
                new String[] {"render", "--help"},
                new String[] {"help", "help"})) {
            AuditCommandTests.Run run = AuditCommandTests.run(args);

            assertThat(run.exit()).isZero();
            assertThat(englishWords(run.out()))
                    .as(String.join(" ", args) + "\n" + run.out())
                    .isEmpty();
            assertThat(run.out()).contains("用法：");
        }
    }

    @Test
    void aSubcommandNamedFirstIsBuiltAloneAndHelpsAsWhenBuiltWithTheOthers() {
        assertThat(GongkaiCommand.commandLine("audit").getSubcommands()).containsOnlyKeys("audit");
        assertThat(GongkaiCommand.commandLine("render").getSubcommands()).containsOnlyKeys("render");
        assertThat(GongkaiCommand.commandLine("").getSubcommands()).containsOnlyKeys("audit", "render", "help");
        assertThat(GongkaiCommand.commandLine("audti").getSubcommands()).containsOnlyKeys("audit", "render", "help");
        for (String command : List.of("audit", "render")) {
            String alone = GongkaiCommand.commandLine(command)
                    .getSubcommands()
                    .get(command)
                    .getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
            String withOthers = GongkaiCommand.commandLine()
                    .getSubcommands()
                    .get(command)
                    .getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
            assertThat(alone).isEqualTo(withOthers).contains("用法：");
        }
    }

    @Test
    void usageErrorsAreInChinese() {
        for (String[] args : List.of(
                new String[] {"audit"},
                new String[] {"audit", "--year"},
                new String[] {"audit", "--year", "abc", "x.txt"},
                new String[] {"audit", "--jsn", "x.txt"},
                new String[] {"render", "--format", "pdf", "--out", "a", "b"},
                new String[] {"render"},
                new String[] {"bogus"},
                new String[] {"render", "--format", "txt", "--out", "a", "--out", "b", "c"},
                new String[] {})) {
            AuditCommandTests.Run run = AuditCommandTests.run(args);

            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(GongkaiCommand.EXIT_USAGE);
            String first = run.err().lines().findFirst().orElse("");
            assertThat(first).startsWith("用法错误：");
            List<String> typed = List.of(String.join(" ", args).split("[^A-Za-z]+"));
            assertThat(englishWords(run.err()))
                    .as(String.join(" ", args) + "\n" + run.err())
                    .allMatch(typed::contains);
        }
    }

    @Test
    void aMistypedOptionIsNamedWithTheNearestOne() {
        AuditCommandTests.Run run = AuditCommandTests.run("audit", "--jsn", "x.txt");

        assertThat(run.err()).startsWith("用法错误：未知选项 --jsn（是否想输入：--json？）");
    }

    private static List<String> englishWords(String text) {
        Matcher m = WORD.matcher(text);
        return m.results()
                .map(r -> r.group())
                .filter(w -> !LATIN.contains(w))
                .distinct()
                .toList();
    }
}
