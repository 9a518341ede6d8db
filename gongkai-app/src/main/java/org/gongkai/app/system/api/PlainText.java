package org.gongkai.app.system.api;

/**
 * Checks of text a person types into a one-line field (a name, a title, a 文号): no control characters
 * (NUL, BEL, line breaks, tabs…) and no invisible format characters (direction overrides such as
 * U+202E, which make {@code 办公室\u202Ecba} show as 办公室abc; zero-width characters, which make two
 * names look alike). Forms reject such text at the field with the message {@code text.hiddenCharacters}.
 */
public final class PlainText {
    private PlainText() {}

    /** Whether {@code text} holds a control, format, lone surrogate, private-use or unassigned character. */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(PlainText::hidden);
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** At most {@code max} characters of {@code text}, with … when cut: for echoing bad input back. */
    public static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…";
    }
}
