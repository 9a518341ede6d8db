package org.gongkai.report;

/** The five columns of each group of table 4, in printed order. */
public enum Table4Column {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    Table4Column(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
