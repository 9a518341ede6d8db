package org.gongkai.app.agency.api;

/** The id of a department (内设机构), as it crosses module boundaries. */
public record DepartmentId(long value) {
    public static DepartmentId of(Long value) {
        return value == null ? null : new DepartmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
