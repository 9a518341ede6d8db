package org.gongkai.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables PostgreSQL twins when a server answers at 127.0.0.1:5432, and gives the run a fresh
 * {@code gongkai_test} database (dropped and created once per JVM, so runs never see each other's data).
 */
public final class PostgresAvailable implements ExecutionCondition {
    static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static volatile ConditionEvaluationResult result;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (result == null) {
            synchronized (PostgresAvailable.class) {
                if (result == null) {
                    result = prepare();
                }
            }
        }
        return result;
    }

    private static ConditionEvaluationResult prepare() {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS gongkai_test WITH (FORCE)");
            s.execute("CREATE DATABASE gongkai_test ENCODING 'UTF8' TEMPLATE template0");
            return ConditionEvaluationResult.enabled("PostgreSQL at 127.0.0.1:5432: database gongkai_test created");
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at 127.0.0.1:5432 (" + e.getMessage()
                    + "): the PostgreSQL twin of this integration test is skipped");
        }
    }
}
