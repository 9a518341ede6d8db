package org.gongkai.app.catalog.api;

/** The id of a catalog item (公开信息), as it crosses module boundaries. */
public record CatalogItemId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
