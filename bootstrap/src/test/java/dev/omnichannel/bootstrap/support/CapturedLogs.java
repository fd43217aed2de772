package dev.omnichannel.bootstrap.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Everything the application logs while it is open, formatted, to check what leaks into logs. */
public final class CapturedLogs extends Handler implements AutoCloseable {

  private final List<String> lines = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  public static CapturedLogs start() {
    CapturedLogs logs = new CapturedLogs();
    Logger.getLogger("").addHandler(logs);
    return logs;
  }

  @Override
  public void publish(LogRecord record) {
    String message = new java.util.logging.SimpleFormatter().formatMessage(record);
    Throwable thrown = record.getThrown();
    lines.add(message + (thrown == null ? "" : " " + thrown));
  }

  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
