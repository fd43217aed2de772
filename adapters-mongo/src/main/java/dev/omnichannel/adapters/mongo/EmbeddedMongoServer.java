package dev.omnichannel.adapters.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The MongoDB the service runs on when no real one is configured: mongo-java-server speaking the
 * wire protocol on loopback, keeping its data in an H2 file (or in memory, for tests).
 *
 * <p>H2's store commits on a one-second timer by default; a {@code kill -9} inside that second
 * would lose acknowledged writes. {@link DurableH2Backend} commits after every write command, so an
 * acknowledged write is on disk before the driver hears of it.
 */
public final class EmbeddedMongoServer {

  static final String DATABASE_FILE = "omnichannel.mv.db";

  private final MongoServer server;
  private final InetSocketAddress address;

  private EmbeddedMongoServer(MongoServer server) {
    this.server = server;
    server.bind("127.0.0.1", 0);
    this.address = server.getLocalAddress();
  }

  /** Starts a server keeping its data in {@code dataDir}. */
  public static EmbeddedMongoServer onFile(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    String file = dataDir.resolve(DATABASE_FILE).toAbsolutePath().toString();
    return new EmbeddedMongoServer(new MongoServer(new DurableH2Backend(file)));
  }

  /** Starts a server that forgets everything when it stops. */
  public static EmbeddedMongoServer inMemory() {
    return new EmbeddedMongoServer(new MongoServer(new MemoryBackend()));
  }

  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  public void stop() {
    server.shutdownNow();
  }

  /** An H2 backend that commits every write before it is acknowledged. */
  static final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES =
        Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "createindexes",
            "drop",
            "dropindexes",
            "dropdatabase",
            "renamecollection",
            "create");

    DurableH2Backend(String fileName) {
      super(fileName);
    }

    @Override
    public Document handleCommand(
        Channel channel, String database, String command, Document query) {
      Document result = super.handleCommand(channel, database, command, query);
      if (WRITES.contains(command.toLowerCase(java.util.Locale.ROOT))) {
        commit();
      }
      return result;
    }
  }
}
