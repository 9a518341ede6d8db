package org.gongkai.app.system.api;

/** The id of an agency or supervising office, as it crosses module boundaries. */
public record AgencyId(long value) {
    public static AgencyId of(Long value) {
        return value == null ? null : new AgencyId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
