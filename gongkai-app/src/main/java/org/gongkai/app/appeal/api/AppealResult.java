package org.gongkai.app.appeal.api;

import org.gongkai.report.Table4Column;

/**
 * How a case ended, or that it has not: the four result columns of table 4 (domain-spec §2.5). The Chinese
 * name is the message {@code appealResult.<NAME>}.
 */
public enum AppealResult {
    /** 结果维持: the agency's handling was upheld (维持; a lawsuit dismissed: 驳回诉讼请求). */
    UPHELD(Table4Column.UPHELD),
    /** 结果纠正: the handling was corrected (撤销、变更、确认违法、责令履行…). */
    CORRECTED(Table4Column.CORRECTED),
    /** 其他结果: ended otherwise (withdrawn, settled, not accepted, terminated…). */
    OTHER(Table4Column.OTHER),
    /** 尚未审结: no decision yet. */
    PENDING(Table4Column.PENDING);

    private final Table4Column column;

    AppealResult(Table4Column column) {
        this.column = column;
    }

    /** The result column of table 4. */
    public Table4Column column() {
        return column;
    }

    /** Whether the case is decided (any result but {@link #PENDING}). */
    public boolean decided() {
        return this != PENDING;
    }
}
