package org.gongkai.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column (栏目) of an agency's catalog: a node of a tree two levels deep, the item of 条例第二十条 it
 * serves (1–15, or none) and how often it is expected to get a new item (in days, or no expectation).
 */
@Entity
@Table(name = "catalog_column")
class CatalogColumn {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long agencyId;

    private Long parentId;

    @Column(nullable = false)
    private String name;

    private Integer articleItem;

    private Integer updateIntervalDays;

    private int position;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected CatalogColumn() {}

    CatalogColumn(
            Long agencyId,
            Long parentId,
            String name,
            Integer articleItem,
            Integer updateIntervalDays,
            int position,
            OffsetDateTime createdAt) {
        this.agencyId = agencyId;
        this.parentId = parentId;
        this.name = name;
        this.articleItem = articleItem;
        this.updateIntervalDays = updateIntervalDays;
        this.position = position;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public Integer articleItem() {
        return articleItem;
    }

    public Integer updateIntervalDays() {
        return updateIntervalDays;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public int position() {
        return position;
    }

    void change(Long parentId, String name, Integer articleItem, Integer updateIntervalDays) {
        this.parentId = parentId;
        this.name = name;
        this.articleItem = articleItem;
        this.updateIntervalDays = updateIntervalDays;
    }

    /** The fields as the record of actions shows them. */
    Map<String, Object> fields(String parentName) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("columnName", name);
        fields.put("parentColumn", parentName);
        fields.put("articleItem", articleItem);
        fields.put("updateIntervalDays", updateIntervalDays);
        return fields;
    }
}
