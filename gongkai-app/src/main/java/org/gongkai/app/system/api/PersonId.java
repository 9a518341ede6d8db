package org.gongkai.app.system.api;

/** The id of a person who signs in, as it crosses module boundaries. */
public record PersonId(long value) {
    public static PersonId of(Long value) {
        return value == null ? null : new PersonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
