package dev.omnichannel.bootstrap;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * With {@code omnichannel.log.json=true} (env {@code OMNICHANNEL_LOG_JSON}) the console writes one
 * JSON object per line, for log shippers. Lines written before the application starts keep the
 * plain format.
 */
@Singleton
public class JsonConsoleLogging {

  void switchOn(
      @Observes @Priority(1) StartupEvent ignored,
      @ConfigProperty(name = "omnichannel.log.json", defaultValue = "false") boolean json) {
    if (json) {
      for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
        useJson(handler);
      }
    }
  }

  private static void useJson(Handler handler) {
    if (handler instanceof ConsoleHandler) {
      handler.setFormatter(new JsonLogFormatter());
    }
    if (handler instanceof ExtHandler ext) {
      for (Handler child : ext.getHandlers()) {
        useJson(child);
      }
    }
  }
}
