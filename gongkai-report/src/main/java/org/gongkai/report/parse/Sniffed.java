package org.gongkai.report.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file's first bytes say it is, whatever its name: portals serve a web page saved from Word as
 * {@code .doc}, a report as {@code .pdf} that is an error page, a Word document under the wrong
 * extension. Only signatures that cannot be mistaken are used; plain text says nothing (null).
 */
final class Sniffed {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** How far into a file the signatures of PDF (after junk a server prepends) and of markup are looked for. */
    private static final int HEAD = 1024;

    private Sniffed() {}

    /** The format the content is in, or null when its first bytes do not say (plain text, or unknown). */
    static ReportReaders.Format format(byte[] content) {
        if (startsWith(content, OLE2, 0)) {
            return ReportReaders.Format.DOC;
        }
        if (startsWith(content, ZIP, 0)) {
            return ReportReaders.Format.DOCX;
        }
        if (indexOf(content, PDF, Math.min(content.length, HEAD)) >= 0) {
            return ReportReaders.Format.PDF;
        }
        if (first(content) != '<') {
            return null; // plain text, most of an audit's files: no string is made of it here
        }
        String head = head(content);
        if (head.contains("<html")
                || head.contains("<!doctype html")
                || head.contains("<table")
                || head.contains("<body")
                || head.contains("<head")
                || head.contains("<meta")
                || head.contains("<p")) {
            return ReportReaders.Format.HTML;
        }
        return null;
    }

    /** What a format no reader reads is called, when the content is one (RTF, a web archive); else null. */
    static String unsupported(byte[] content) {
        if ("{MmFfCc".indexOf(first(content)) < 0) {
            return null;
        }
        String head = head(content);
        if (head.startsWith("{\\rtf")) {
            return "RTF 文档";
        }
        if (head.startsWith("mime-version:") || head.contains("content-type: multipart/related")) {
            return "单个文件网页（.mht，MIME 格式）";
        }
        return null;
    }

    /** The first byte after a byte-order mark and whitespace, as a char; 0 when there is none. */
    private static char first(byte[] content) {
        int from = start(content, Math.min(content.length, HEAD));
        return from < Math.min(content.length, HEAD) ? (char) (content[from] & 0xFF) : 0;
    }

    /** The first bytes as text, lower case, without a byte-order mark and leading whitespace. */
    private static String head(byte[] content) {
        int n = Math.min(content.length, HEAD);
        int from = start(content, n);
        return new String(content, from, n - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    /** Where the first {@code n} bytes start after a UTF-8 byte-order mark and whitespace. */
    private static int start(byte[] content, int n) {
        int from = 0;
        if (n >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        while (from < n
                && (content[from] == ' ' || content[from] == '\t' || content[from] == '\r' || content[from] == '\n')) {
            from++;
        }
        return from;
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (content.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle, int limit) {
        for (int i = 0; i + needle.length <= limit; i++) {
            if (content[i] == needle[0] && startsWith(content, needle, i)) {
                return i;
            }
        }
        return -1;
    }
}
