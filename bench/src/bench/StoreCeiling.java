package bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.adapters.mongo.EmbeddedMongoServer;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The store's own ceiling: the embedded store as the service starts it (same file options, same
 * group commit), through the same driver, inserting message-sized documents into a collection with
 * the messages' indexes, each insert acknowledged durable, from 16 threads.
 */
final class StoreCeiling {

  private StoreCeiling() {}

  static double insertsPerSecond(Path dir, int threads, int seconds) throws Exception {
    EmbeddedMongoServer server = EmbeddedMongoServer.onFile(dir);
    try (MongoClient client = MongoClients.create(server.connectionString())) {
      MongoCollection<Document> messages =
          client.getDatabase("ceiling").getCollection("messages");
      messages.createIndex(Indexes.ascending("dedupKey"), new IndexOptions().unique(true));
      messages.createIndex(Indexes.ascending("clientIdentifier", "sessionId", "sentAt"));
      messages.createIndex(Indexes.ascending("channelId", "contactId", "direction", "sentAt"));
      AtomicLong done = new AtomicLong();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(
            () -> {
              for (long i = 0; System.nanoTime() < end; i++) {
                messages.insertOne(message(thread, i));
                done.incrementAndGet();
              }
              return null;
            });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
      return done.get() / (double) seconds;
    } finally {
      server.stop();
    }
  }

  private static Document message(int thread, long i) {
    String contact = new ObjectId().toHexString();
    return new Document("_id", new ObjectId())
        .append("clientIdentifier", "9a92ea44-244c-4cda-86be-6a9e32ba8f34")
        .append("sessionId", new ObjectId().toHexString())
        .append("channelId", "6b070624fba8accd51882c80")
        .append("contactId", contact)
        .append("messageId", "wamid.C" + thread + "-" + i)
        .append("dedupKey", "6b070624fba8accd51882c80:wamid.C" + thread + "-" + i)
        .append("direction", "in")
        .append("kind", "text")
        .append("text", "Olá, preciso de ajuda com o pedido " + i)
        .append("status", "received")
        .append("sentAt", new Date())
        .append("createdAt", new Date());
  }
}
