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
      json.writeStringField("level", record.getLevel().getName());
      json.writeStringField("loggerName", record.getLoggerName());
      json.writeStringField("threadName", Thread.currentThread().getName());
      json.writeStringField(
          "message",
          record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : formatMessage(record));
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
}
