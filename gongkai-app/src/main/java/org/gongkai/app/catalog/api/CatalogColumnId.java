package org.gongkai.app.catalog.api;

/** The id of a catalog column (栏目), as it crosses module boundaries. */
public record CatalogColumnId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
