package dev.omnichannel.bootstrap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/** One JSON object per log record: timestamp, level, logger, thread, message, stack trace. */
final class JsonLogFormatter extends Formatter {

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String format(LogRecord record) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
      json.writeStringField("level", level(record.getLevel()));
      json.writeStringField("loggerName", record.getLoggerName());
      json.writeStringField("threadName", Thread.currentThread().getName());
      json.writeStringField(
          "message",
          record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : formatMessage(record));
      String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
      if (requestId != null) {
        json.writeStringField("requestId", requestId);
      }
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        json.writeStringField("stackTrace", trace.toString());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append(System.lineSeparator()).toString();
  }

  /**
   * One set of level names whichever API logged (java.util.logging says WARNING and SEVERE, JBoss
   * Logging WARN and ERROR): ERROR, WARN, INFO, DEBUG, TRACE.
   */
  static String level(java.util.logging.Level level) {
    int value = level.intValue();
    if (value >= java.util.logging.Level.SEVERE.intValue()) {
      return "ERROR";
    }
    if (value >= java.util.logging.Level.WARNING.intValue()) {
      return "WARN";
    }
    if (value >= java.util.logging.Level.INFO.intValue()) {
      return "INFO";
    }
    if (value >= java.util.logging.Level.FINE.intValue()) {
      return "DEBUG";
    }
    return "TRACE";
  }
}
