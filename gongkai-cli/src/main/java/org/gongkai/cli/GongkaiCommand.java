package org.gongkai.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gongkai}: the command line over gongkai-report. It only parses arguments, reads files and
 * prints; the model, parsers, rules and renderers are the library's (style.md habit 14).
 */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = GongkaiCommand.Version.class,
        description = "政府信息公开工作年度报告：审查已发布的年报、由 JSON 生成文档。")
public final class GongkaiCommand implements Runnable {
    /** Exit code when some report has an error finding. */
    static final int EXIT_FINDINGS = 1;
    /** Exit code for usage errors and unreadable paths. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请给出子命令：audit 或 render");
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        if (args.length > 0 && args[0].equals("audit")) {
            // The reader's classes load on the other core while picocli starts on this one.
            AuditWarmUp.start();
        }
        // Buffered and flushed once at the end: an audit of many files prints tens of lines a report,
        // and picocli's default writer flushes every line.
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), stdoutCharset()), 1 << 16));
        CommandLine cl = commandLine(args.length > 0 ? args[0] : "");
        cl.setOut(out);
        int exit = cl.execute(args);
        out.flush();
        System.exit(exit);
    }

    /** The charset picocli would write stdout in. */
    private static Charset stdoutCharset() {
        String name = System.getProperty("sun.stdout.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * PDFBox and POI log through the Log4j API; with no provider it prints every complaint about a
     * damaged file to stderr. The command line reports those files itself, as findings.
     */
    static void quietLibraryLogging() {
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
    }

    /** The configured command line with every subcommand (usage errors exit 2, as documented). */
    static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The configured command line for arguments starting with {@code first}: given a subcommand's name, with that
     * subcommand only. Picocli reads each command's annotations when it is added, a tenth of a second for all three
     * on a cold JVM; {@code gongkai audit} of a few thousand files takes little more than a second in all
     * (gongkai-bench/README.md, "Issue 9, part 4"). Anything else (help, a mistyped name) gets them all.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new GongkaiCommand());
        if (first.equals("audit")) {
            cl.addSubcommand("audit", new AuditCommand());
        } else if (first.equals("render")) {
            cl.addSubcommand("render", new RenderCommand());
        } else {
            cl.addSubcommand("audit", new AuditCommand());
            cl.addSubcommand("render", new RenderCommand());
            cl.addSubcommand("help", new CommandLine.HelpCommand());
            cl.getSubcommands()
                    .get("help")
                    .getCommandSpec()
                    .usageMessage()
                    .header("显示某个子命令的帮助。")
                    .description("不给子命令时显示 gongkai 本身的帮助。")
                    .synopsisHeading("%n用法：\u0020")
                    .optionListHeading("%n选项：%n")
                    .parameterListHeading("%n参数：%n");
        }
        // picocli's own help text (headings, -h/-V, the help subcommand) in Chinese: Messages.properties.
        cl.setResourceBundle(ResourceBundle.getBundle("org.gongkai.cli.Messages"));
        cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("用法错误：" + UsageErrors.describe(ex));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GongkaiCommand.class.getPackage().getImplementationVersion();
            return new String[] {"gongkai " + (v == null ? "dev" : v)};
        }
    }
}
