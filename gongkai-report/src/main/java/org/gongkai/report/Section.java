package org.gongkai.report;

/**
 * One of the six sections: its number (1–6), the heading as printed (or the official heading when
 * it was not found), whether the heading was found, and the narrative text under it (tables
 * excluded).
 */
public record Section(int number, String heading, boolean present, String text) {
    public Section {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("section number must be 1..6: " + number);
        }
        text = text == null ? "" : text;
    }

    public SectionHeading official() {
        return SectionHeading.ofNumber(number);
    }
}
