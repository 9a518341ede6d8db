package org.gongkai.app.catalog;

/** 有效性 of an item (规范性文件 above all, counted in the annual report's table 2); message {@code validity.<NAME>}. */
enum Validity {
    /** 有效: in force. */
    IN_FORCE,
    /** 失效: expired at the end of its term. */
    EXPIRED,
    /** 废止: repealed. */
    REPEALED
}
