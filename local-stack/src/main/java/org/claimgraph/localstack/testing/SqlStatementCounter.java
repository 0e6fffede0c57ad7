package org.claimgraph.localstack.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements Hibernate sends, as logged on {@code org.hibernate.SQL} (the test profile turns that
 * log on). Used to prove that a GraphQL request costs the number of queries it should.
 */
public final class SqlStatementCounter implements AutoCloseable {

    private final Logger logger = Logger.getLogger("org.hibernate.SQL");
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null) {
                // Hibernate may highlight SQL with ANSI colours; count the statement, not its colouring.
                statements.add(message.replaceAll("\u001B\\[[;\\d]*m", "").strip());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private SqlStatementCounter() {
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    public static SqlStatementCounter start() {
        return new SqlStatementCounter();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    /**
     * Statements that read rows, locks and other bookkeeping aside. The log record of a statement can reach the
     * handler just after the HTTP answer does, so this waits until records stop arriving.
     */
    public List<String> selects() {
        return settled().stream()
                .filter(s -> s.toLowerCase(java.util.Locale.ROOT).startsWith("select") && !s.contains("pg_advisory"))
                .toList();
    }

    /** Every statement, whatever it starts with (a comment, {@code with}, ...), once records stop arriving. */
    public List<String> all() {
        return settled();
    }

    private List<String> settled() {
        long deadline = System.nanoTime() + 3_000_000_000L;
        int seen = -1;
        while (System.nanoTime() < deadline && (statements.isEmpty() || seen != statements.size())) {
            seen = statements.size();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.copyOf(statements);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
