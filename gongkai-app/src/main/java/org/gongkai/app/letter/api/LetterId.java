package org.gongkai.app.letter.api;

/** The id of an issued letter, as it crosses module boundaries. */
public record LetterId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
