package org.gongkai.app.calendar;

/**
 * A holiday data file that cannot be read. The message is in Chinese and names the line, because administrators
 * see it when they upload a notice (e.g. "第3行：类型“holiday”无效，应为 off（放假）或 work（调休上班）").
 */
final class HolidayFileException extends RuntimeException {

    private final int lineNumber;

    HolidayFileException(int lineNumber, String message) {
        super(lineNumber > 0 ? "第" + lineNumber + "行：" + message : message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line of the error, or 0 when the error concerns the whole file. */
    public int lineNumber() {
        return lineNumber;
    }
}
