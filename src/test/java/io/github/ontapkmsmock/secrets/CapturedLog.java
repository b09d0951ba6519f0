package io.github.ontapkmsmock.secrets;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log record the application writes while installed, as text (message with its parameters, and the stack
 * trace of an exception), the mock's own categories and the REST layer's at DEBUG.
 */
final class CapturedLog extends Handler {

    private static final List<String> CATEGORIES = List.of("io.github.ontapkmsmock", "org.jboss.resteasy.reactive",
            "io.quarkus.vertx.http");

    private final List<String> records = new CopyOnWriteArrayList<>();
    private final List<Level> levels = new CopyOnWriteArrayList<>();

    void install() {
        setLevel(Level.ALL);
        Logger.getLogger("").addHandler(this);
        for (String category : CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            levels.add(logger.getLevel());
            logger.setLevel(Level.FINE);
        }
    }

    void uninstall() {
        Logger.getLogger("").removeHandler(this);
        for (int i = 0; i < CATEGORIES.size() && i < levels.size(); i++) {
            Logger.getLogger(CATEGORIES.get(i)).setLevel(levels.get(i));
        }
    }

    List<String> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ');
        text.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        records.add(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
