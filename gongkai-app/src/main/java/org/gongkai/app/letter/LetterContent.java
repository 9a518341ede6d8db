package org.gongkai.app.letter;

import java.util.List;

/**
 * A letter's text, laid out the same way in DOCX and PDF: the headline, the 文号 line, the paragraphs (the first
 * ending with ：is the salutation, not indented), and at the foot the agency, the seal line and the date.
 */
record LetterContent(
        String headline,
        String documentNumber,
        List<String> paragraphs,
        String agencyName,
        String sealLine,
        String date) {

    /** Whether paragraph {@code i} is the salutation ({@code 张三：}), written flush left. */
    boolean isSalutation(int i) {
        return i == 0 && paragraphs.get(0).endsWith("：");
    }
}
