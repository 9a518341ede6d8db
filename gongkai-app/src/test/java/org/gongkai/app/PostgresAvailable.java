package org.gongkai.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables PostgreSQL twins when a server answers at 127.0.0.1:5432, and gives this JVM a database of
 * its own, {@code gongkai_test_<pid>}: created fresh once per JVM, dropped when the JVM ends, so runs
 * never see each other's data — not even two builds at the same time on one machine.
 *
 * <p>The drop at the end never forces: shutdown hooks run at the same time, and pulling the database
 * from under a Spring context that is still closing made its pool wait out its connection timeout (the
 * event registry reads outstanding publications when it closes), so Surefire killed the JVM 30 s later.
 * The drop is tried for a few seconds while the contexts close; a database it could not drop is dropped
 * by the next run, once the process it was named after has ended.
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
            dropThoseOfEndedProcesses(c);
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

    /** Drops, without forcing, once the JVM's contexts have let go of it (or gives up after 5 s). */
    private static void drop(String database) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
                return;
            } catch (SQLException e) {
                // still in use by a closing context, or the server went away: wait, then leave it to the next run
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The test databases of processes that have ended (their drop at exit gave up). */
    private static void dropThoseOfEndedProcesses(Connection c) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'gongkai_test_%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String pid = name.substring("gongkai_test_".length());
                if (pid.matches("[0-9]{1,18}")
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
