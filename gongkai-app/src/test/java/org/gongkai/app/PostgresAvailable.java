package org.gongkai.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables PostgreSQL twins when a server answers at 127.0.0.1:5432, and gives this JVM a database of
 * its own, {@code gongkai_test_<pid>}: created fresh once per JVM, dropped when the JVM ends, so runs
 * never see each other's data — not even two builds at the same time on one machine.
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
        String database = "gongkai_test_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
            // read only by application-postgres.properties, so H2 contexts are not affected
            System.setProperty("gongkai.test.postgres-database", database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(database)));
            return ConditionEvaluationResult.enabled("PostgreSQL at 127.0.0.1:5432: database " + database + " created");
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at 127.0.0.1:5432 (" + e.getMessage()
                    + "): the PostgreSQL twin of this integration test is skipped");
        }
    }

    private static void drop(String database) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            // the server went away first; the next run with this pid drops it
        }
    }
}
