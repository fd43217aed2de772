package dev.omnichannel.bootstrap.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonValue;

/**
 * Every command the service sends MongoDB, with the thread that sent it: request threads are
 * Quarkus's {@code executor-thread-*}, so a test counts what one request costs.
 */
@Singleton
public class RecordedCommands implements CommandListener {

  /** One command: its name, collection, the thread that sent it and the command as JSON. */
  public record Command(String thread, String name, String collection, String json) {}

  private final List<Command> commands = new CopyOnWriteArrayList<>();

  @Override
  public void commandStarted(CommandStartedEvent event) {
    BsonValue target = event.getCommand().get(event.getCommandName());
    commands.add(
        new Command(
            Thread.currentThread().getName(),
            event.getCommandName(),
            target != null && target.isString() ? target.asString().getValue() : null,
            event.getCommand().toJson()));
  }

  public void clear() {
    commands.clear();
  }

  /** The commands threads named starting so sent. */
  public List<Command> of(String threadPrefix) {
    return commands.stream().filter(c -> c.thread().startsWith(threadPrefix)).toList();
  }

  /** The commands requests sent (background workers excluded). */
  public List<Command> ofRequests() {
    return commands.stream().filter(c -> c.thread().startsWith("executor-thread")).toList();
  }
}
