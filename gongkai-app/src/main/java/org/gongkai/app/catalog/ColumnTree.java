package org.gongkai.app.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An agency's columns in reading order: each first-level column followed by its children. */
final class ColumnTree {
    /** A column and its depth (0: first level). */
    record Node(CatalogColumn column, int depth) {
        public Long id() {
            return column.id();
        }

        public String name() {
            return column.name();
        }

        /** The name as a list of columns shows it: children indented by a full-width marker. */
        public String label() {
            return depth == 0 ? column.name() : "　" + column.name();
        }
    }

    private ColumnTree() {}

    static List<Node> of(List<CatalogColumn> columns) {
        Comparator<CatalogColumn> order =
                Comparator.comparingInt(CatalogColumn::position).thenComparing(CatalogColumn::id);
        List<Node> nodes = new ArrayList<>();
        columns.stream().filter(c -> c.parentId() == null).sorted(order).forEach(parent -> {
            nodes.add(new Node(parent, 0));
            columns.stream()
                    .filter(c -> parent.id().equals(c.parentId()))
                    .sorted(order)
                    .forEach(child -> nodes.add(new Node(child, 1)));
        });
        return nodes;
    }
}
