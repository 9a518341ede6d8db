package org.gongkai.report.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;

/**
 * The one door to the parsers, for the command line and the web application: picks the front-end by
 * the file's extension (.txt, .html/.htm, .docx, .doc, .pdf) — or by its content when that says
 * otherwise (a web page saved as .doc, a .pdf that is an error page, with a {@code DOC.FORMAT_MISMATCH}
 * note) — decodes text (GBK or UTF-8) and never throws:
 * a file that cannot be read gives a {@code DOC.UNREADABLE} finding naming the file and the reason, a
 * format it does not read gives {@code DOC.UNSUPPORTED_FORMAT}.
 */
public final class ReportReaders {

    /** Larger files are refused rather than read into memory; real reports are well under 50 MB. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    /** The formats read, by extension. */
    enum Format {
        TEXT("纯文本"),
        HTML("HTML 网页"),
        DOCX("Word（.docx）文档"),
        DOC("Word 97–2003（.doc）文档"),
        PDF("PDF 文件");

        /** What the format is called in a finding. */
        final String named;

        Format(String named) {
            this.named = named;
        }

        static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            return switch (ext) {
                case "txt", "text" -> TEXT;
                case "html", "htm", "shtml", "xhtml" -> HTML;
                case "docx" -> DOCX;
                case "doc" -> DOC;
                case "pdf" -> PDF;
                default -> null;
            };
        }
    }

    private ReportReaders() {}

    /** Whether {@link #read} has a front-end for this file's extension. */
    public static boolean supports(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name != null && Format.of(name.toString()) != null;
    }

    /** Reads the report in {@code file}. */
    public static ParsedReport read(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (Format.of(name) == null) {
            return unsupported(name);
        }
        byte[] content;
        try {
            // One stat for both questions, not Files.isRegularFile and then Files.size: this runs for
            // each of an audit's thousands of files.
            BasicFileAttributes attributes = regularFileAttributes(file);
            if (attributes == null) {
                return unreadable(name, Files.exists(file) ? "不是普通文件" : "文件不存在");
            }
            long size = attributes.size();
            if (size > MAX_BYTES) {
                return unreadable(
                        name, "文件过大（" + size / (1024 * 1024) + " MB），超过 " + MAX_BYTES / (1024 * 1024) + " MB 的上限");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return unreadable(name, "文件不存在");
        } catch (AccessDeniedException e) {
            return unreadable(name, "没有读取权限");
        } catch (IOException | RuntimeException e) {
            return unreadable(name, "读取失败（" + DocxReportParser.describe(e) + "）");
        }
        return read(name, content);
    }

    /** The file's attributes if it is a regular file (links followed), else null: {@link Files#isRegularFile}'s answer. */
    private static BasicFileAttributes regularFileAttributes(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? a : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads a report from its bytes, e.g. an upload; {@code fileName} chooses the format. */
    public static ParsedReport read(String fileName, byte[] content) {
        Format format = Format.of(fileName);
        if (format == null) {
            return unsupported(fileName);
        }
        if (content == null || content.length == 0) {
            return unreadable(fileName, "文件为空");
        }
        String other = Sniffed.unsupported(content);
        if (other != null) {
            return failure(new Finding(
                    "DOC.UNSUPPORTED_FORMAT",
                    Severity.ERROR,
                    "不支持的文件格式：" + fileName + "的内容是" + other + "，不是其扩展名所说的" + format.named + "；请另存为 .docx 或 PDF 后再读",
                    fileName));
        }
        Format actual = Sniffed.format(content);
        boolean mismatch = actual != null && actual != format && !(format == Format.HTML && actual == Format.TEXT);
        if (actual == null || format == Format.HTML && actual == Format.TEXT) {
            actual = format;
        }
        try {
            ParsedReport parsed = switch (actual) {
                case TEXT -> TextReportParser.parse(Charsets.decode(content, false));
                case HTML -> HtmlReportParser.parse(Charsets.decode(content, true));
                case DOCX -> DocxReportParser.parse(new ByteArrayInputStream(content));
                case DOC -> DocReportParser.parse(new ByteArrayInputStream(content));
                case PDF -> PdfReportParser.parse(new ByteArrayInputStream(content));
            };
            if (mismatch) {
                parsed = withNote(
                        parsed,
                        new Finding(
                                "DOC.FORMAT_MISMATCH",
                                Severity.INFO,
                                fileName + "的扩展名是" + format.named + "，内容却是" + actual.named + "，已按" + actual.named
                                        + "读取",
                                fileName));
            }
            return naming(fileName, parsed);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not stop an audit of a thousand files; the finding says what broke.
            return unreadable(fileName, "解析时出错（" + DocxReportParser.describe(e) + "）");
        }
    }

    private static ParsedReport withNote(ParsedReport parsed, Finding note) {
        List<Finding> findings = new ArrayList<>();
        findings.add(note);
        findings.addAll(parsed.findings());
        return new ParsedReport(parsed.report(), findings, parsed.metadata());
    }

    /** The front-ends do not know the file's name; a reader of an audit of many files needs it. */
    private static ParsedReport naming(String fileName, ParsedReport parsed) {
        boolean any = parsed.findings().stream().anyMatch(ReportReaders::isReadingFailure);
        if (!any) {
            return parsed;
        }
        List<Finding> named = parsed.findings().stream()
                .map(f -> isReadingFailure(f)
                        ? new Finding(
                                f.rule(), f.severity(), fileName + "：" + f.message(), fileName, f.page(), f.line())
                        : f)
                .toList();
        return new ParsedReport(parsed.report(), named, parsed.metadata());
    }

    private static boolean isReadingFailure(Finding f) {
        return f.rule().equals("DOC.UNREADABLE") || f.rule().equals("DOC.NO_TEXT_LAYER");
    }

    private static ParsedReport unreadable(String fileName, String why) {
        return failure(new Finding("DOC.UNREADABLE", Severity.ERROR, "无法读取文件 " + fileName + "：" + why, fileName));
    }

    private static ParsedReport unsupported(String fileName) {
        return failure(new Finding(
                "DOC.UNSUPPORTED_FORMAT",
                Severity.ERROR,
                "不支持的文件格式：" + fileName + "（可读取 .txt、.html/.htm、.docx、.doc、.pdf）",
                fileName));
    }

    private static ParsedReport failure(Finding finding) {
        return new ParsedReport(new AnnualReport(), List.of(finding));
    }
}
