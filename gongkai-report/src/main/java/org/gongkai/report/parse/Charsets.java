package org.gongkai.report.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text or HTML report. Chinese government files come as UTF-8 or as GBK
 * (often declared as gb2312), sometimes with a byte-order mark and sometimes with a meta charset that
 * does not match the bytes; the order of evidence is: BOM, the HTML meta charset (trusted only when
 * the bytes agree), valid UTF-8, else GB18030 (a superset of GB2312 and GBK that decodes any byte).
 */
final class Charsets {
    static final Charset GB18030 = Charset.forName("GB18030");

    // <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]{1,40})", Pattern.CASE_INSENSITIVE);

    /** Bytes searched for a meta charset; browsers look at the first 1024, pages put comments first. */
    private static final int META_SCAN_BYTES = 4096;

    private Charsets() {}

    /** The text of {@code content}, decoded by the evidence above; {@code html} enables the meta check. */
    static String decode(byte[] content, boolean html) {
        int bom = bomLength(content);
        if (bom > 0) {
            return new String(content, bom, content.length - bom, bomCharset(content));
        }
        if (!html) {
            return utf8OrGb18030(content);
        }
        return new String(content, detect(content, html));
    }

    /** Bytes checked before decoding as UTF-8: a GBK file nearly always fails within them. */
    private static final int UTF8_PROBE_BYTES = 1024;

    /**
     * {@code new String(content, isValidUtf8(content) ? UTF_8 : GB18030)}, in one pass over the bytes
     * instead of two for the usual UTF-8 file: the JDK's decoder replaces exactly what {@link
     * #isValidUtf8} rejects (overlongs, surrogates, beyond U+10FFFF, cut sequences) by U+FFFD, so text
     * without U+FFFD was valid UTF-8. Only text with a U+FFFD, printed or replaced, is checked again.
     */
    private static String utf8OrGb18030(byte[] content) {
        if (!isValidUtf8(content, Math.min(content.length, UTF8_PROBE_BYTES))) {
            return new String(content, GB18030);
        }
        String s = new String(content, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0 || isValidUtf8(content)) {
            return s;
        }
        return new String(content, GB18030);
    }

    /** The charset {@link #decode} would use for BOM-less content. */
    static Charset detect(byte[] content, boolean html) {
        if (html) {
            Charset declared = declaredCharset(content);
            if (declared != null) {
                if (declared.equals(StandardCharsets.UTF_8)) {
                    // A page that declares UTF-8 but is not is usually GBK saved by an old editor.
                    return isValidUtf8(content) ? StandardCharsets.UTF_8 : GB18030;
                }
                if (isGbFamily(declared)) {
                    return GB18030;
                }
                // UTF-16 declared in a meta tag of an ASCII-compatible page cannot be true.
                if (!declared.name().startsWith("UTF-16") && !declared.name().startsWith("UTF-32")) {
                    return isValidUtf8(content) && hasNonAscii(content) ? StandardCharsets.UTF_8 : declared;
                }
            }
        }
        return isValidUtf8(content) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static Charset declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isGbFamily(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.equals("GB2312") || n.equals("GBK") || n.equals("GB18030") || n.equals("X-GBK") || n.equals("EUC-CN");
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2
                && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). A
     * hand loop: the CLI decodes thousands of files and a CharsetDecoder per file costs more.
     */
    static boolean isValidUtf8(byte[] b) {
        return isValidUtf8(b, b.length);
    }

    /**
     * Whether the first {@code n} bytes are well-formed UTF-8 as far as they go: a sequence cut at
     * {@code n} is not held against them when more bytes follow.
     */
    private static boolean isValidUtf8(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= n) {
                return n < b.length;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }
}
