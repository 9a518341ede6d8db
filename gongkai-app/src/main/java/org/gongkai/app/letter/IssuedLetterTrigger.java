package org.gongkai.app.letter;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's side of the unchangeable issued letter (PostgreSQL has a PL/pgSQL trigger): refuses every update and
 * delete of {@code issued_letter}. Referenced by name from the H2 migration, hence public.
 */
public final class IssuedLetterTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("已出具的文书不能修改或删除", "42000");
    }
}
