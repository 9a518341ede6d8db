package org.gongkai.app.catalog;

/** What an agency administrator types for a column: every field as text, kept as typed when refused. */
class ColumnForm {
    private String name = "";
    private String parentId = "";
    private String articleItem = "";
    private String updateIntervalDays = "";

    static ColumnForm of(CatalogColumn c) {
        ColumnForm f = new ColumnForm();
        f.setName(c.name());
        f.setParentId(c.parentId() == null ? "" : c.parentId().toString());
        f.setArticleItem(c.articleItem() == null ? "" : c.articleItem().toString());
        f.setUpdateIntervalDays(
                c.updateIntervalDays() == null ? "" : c.updateIntervalDays().toString());
        return f;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = text(name);
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = text(parentId);
    }

    public String getArticleItem() {
        return articleItem;
    }

    public void setArticleItem(String articleItem) {
        this.articleItem = text(articleItem);
    }

    public String getUpdateIntervalDays() {
        return updateIntervalDays;
    }

    public void setUpdateIntervalDays(String updateIntervalDays) {
        this.updateIntervalDays = text(updateIntervalDays);
    }
}
