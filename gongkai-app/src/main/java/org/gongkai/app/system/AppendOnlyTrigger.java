package org.gongkai.app.system;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's side of the append-only record of actions (PostgreSQL has a PL/pgSQL trigger): refuses every
 * update and delete of {@code action_record}. Referenced by name from the H2 migration.
 */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("操作记录只能追加，不能修改或删除", "42000");
    }
}
