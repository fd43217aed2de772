package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store through the real driver and wire protocol: its secondary indexes answer what a
 * scan would (checked against mongo-java-server's own memory backend on the same data and queries),
 * and read only what they return.
 */
class IndexedStoreTest {

  private final List<MongoServer> servers = new ArrayList<>();
  private final List<MongoClient> clients = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void stop() {
    clients.forEach(MongoClient::close);
    servers.forEach(MongoServer::shutdownNow);
  }

  private MongoCollection<Document> collection(de.bwaldvogel.mongo.MongoBackend backend) {
    MongoServer server = new MongoServer(backend);
    servers.add(server);
    MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    clients.add(client);
    return client.getDatabase("db").getCollection("things");
  }

  private MongoCollection<Document> indexed;
  private MongoCollection<Document> reference;

  @BeforeEach
  void twoStoresWithTheSameData() {
    indexed = collection(new IndexedH2Backend(new MVStore.Builder().open()));
    reference = collection(new MemoryBackend());
    for (MongoCollection<Document> c : List.of(indexed, reference)) {
      c.createIndex(Indexes.ascending("account", "at"));
      c.createIndex(Indexes.descending("account", "last", "created", "_id"));
      c.createIndex(Indexes.ascending("status", "due"));
      c.createIndex(Indexes.ascending("tags"));
      c.createIndex(Indexes.ascending("pending"), new IndexOptions().sparse(true));
    }
    Random random = new Random(7);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Document d =
          new Document("_id", "d" + i)
              .append("account", "a" + random.nextInt(4))
              .append("at", Date.from(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1000))))
              .append("last", random.nextInt(5) == 0 ? null : random.nextInt(50))
              .append("created", random.nextInt(100))
              .append("status", random.nextBoolean() ? "pending" : "done")
              .append("due", 1000L + random.nextInt(100))
              .append("tags", List.of("t" + random.nextInt(5), "t" + random.nextInt(5)))
              .append("name", "name " + random.nextInt(30));
      if (random.nextInt(10) == 0) {
        d.append("pending", true);
      }
      docs.add(d);
    }
    indexed.insertMany(docs);
    reference.insertMany(docs);
  }

  private void same(Bson filter, Bson sort, int skip, int limit) {
    assertThat(ids(indexed, filter, sort, skip, limit))
        .as("%s sorted %s", filter, sort)
        .isEqualTo(ids(reference, filter, sort, skip, limit));
    assertThat(indexed.countDocuments(filter)).isEqualTo(reference.countDocuments(filter));
  }

  private static List<Object> ids(
      MongoCollection<Document> c, Bson filter, Bson sort, int skip, int limit) {
    List<Object> ids = new ArrayList<>();
    var find = c.find(filter).skip(skip).limit(limit);
    if (sort != null) {
      find = find.sort(sort);
    }
    find.forEach(d -> ids.add(d.get("_id")));
    return sort == null ? ids.stream().sorted().map(Object.class::cast).toList() : ids;
  }

  @Test
  void equalityPrefixesRangesAndSortsAnswerAsAScanWould() {
    Date mid = Date.from(Instant.ofEpochSecond(1_700_000_500L));
    same(new Document("account", "a1"), new Document("at", 1).append("_id", 1), 0, 0);
    same(new Document("account", "a1"), new Document("at", -1).append("_id", -1), 5, 10);
    same(new Document("account", "a2").append("at", new Document("$gt", mid)), null, 0, 0);
    same(
        new Document("account", "a2")
            .append("at", new Document("$gte", mid).append("$lt", new Date())),
        new Document("at", 1).append("_id", 1),
        0,
        7);
    same(
        new Document("account", "a3"),
        new Document("last", -1).append("created", -1).append("_id", -1),
        0,
        20);
    same(
        new Document("account", "a3").append("name", "name 4"),
        new Document("last", -1).append("created", -1).append("_id", -1),
        0,
        0);
    same(
        new Document("status", "pending").append("due", new Document("$lte", 1050L)),
        new Document("due", 1).append("_id", 1),
        0,
        1);
    same(new Document("tags", "t3"), null, 0, 0);
    same(new Document("pending", true), null, 0, 0);
    same(new Document("account", "a0").append("last", null), null, 0, 0);
    same(new Document("_id", "d5").append("status", "done"), null, 0, 0);
    same(new Document("_id", new Document("$in", List.of("d1", "d2", "nope"))), null, 0, 0);
    same(new Document("account", new Document("$in", List.of("a1", "a2"))), null, 0, 0);
    same(new Document(), new Document("created", 1).append("_id", 1), 0, 15);
  }

  @Test
  void updatesAndDeletesKeepTheIndexesRight() {
    for (MongoCollection<Document> c : List.of(indexed, reference)) {
      c.updateMany(
          new Document("account", "a1"), new Document("$set", new Document("account", "a9")));
      c.updateOne(
          new Document("_id", "d7"), new Document("$set", new Document("tags", List.of("x"))));
      c.deleteMany(new Document("status", "done").append("account", "a2"));
      c.updateMany(
          new Document("pending", true), new Document("$unset", new Document("pending", "")));
      c.findOneAndUpdate(
          new Document("status", "pending").append("due", new Document("$lte", 1090L)),
          new Document("$set", new Document("due", 5000L)),
          new com.mongodb.client.model.FindOneAndUpdateOptions().sort(new Document("due", 1)));
    }
    same(new Document("account", "a1"), null, 0, 0);
    same(new Document("account", "a9"), new Document("at", 1).append("_id", 1), 0, 0);
    same(new Document("tags", "x"), null, 0, 0);
    same(new Document("account", "a2"), null, 0, 0);
    same(new Document("pending", true), null, 0, 0);
    same(new Document("status", "pending"), new Document("due", 1).append("_id", 1), 0, 3);
  }

  @Test
  void aUniqueKeyWithMoreConditionsReadsOneDocumentNotTheCollection() {
    for (MongoCollection<Document> c : List.of(indexed, reference)) {
      c.updateMany(new Document(), new Document("$set", new Document("seen", List.of("x"))));
      for (int i = 0; i < 600; i++) {
        c.updateOne(
            new Document("_id", "d" + i), new Document("$set", new Document("key", "k" + i)));
      }
      c.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
    }
    Document unseen = new Document("key", "k42").append("seen", new Document("$ne", "y"));
    same(unseen, null, 0, 0);
    same(new Document("key", "k42").append("seen", new Document("$ne", "x")), null, 0, 0);

    long before = BsonCollection.READS.sum();
    Document updated =
        indexed.findOneAndUpdate(
            unseen,
            new Document("$push", new Document("seen", "y")),
            new com.mongodb.client.model.FindOneAndUpdateOptions().upsert(true));
    long read = BsonCollection.READS.sum() - before;

    assertThat(updated).containsEntry("_id", "d42");
    assertThat(read).isLessThanOrEqualTo(3);
    assertThat(indexed.countDocuments(new Document("seen", "y"))).isEqualTo(1);
  }

  @Test
  void anIndexedPageReadsOnlyItsDocumentsAndAnIndexedCountReadsNone() {
    List<Document> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(new Document("_id", "m" + i).append("account", "big").append("at", new Date(i)));
    }
    indexed.insertMany(many);

    long before = BsonCollection.READS.sum();
    List<Object> page =
        ids(indexed, new Document("account", "big"), new Document("at", -1), 40, 20);
    long read = BsonCollection.READS.sum() - before;
    long counted = indexed.countDocuments(new Document("account", "big"));
    long readToCount = BsonCollection.READS.sum() - before - read;

    assertThat(page).first().isEqualTo("m4959");
    assertThat(read).isLessThanOrEqualTo(20);

    long beforeLast = BsonCollection.READS.sum();
    List<Object> last =
        ids(indexed, new Document("account", "big"), new Document("at", -1), 4990, 20);
    assertThat(last).hasSize(10).first().isEqualTo("m9");
    assertThat(BsonCollection.READS.sum() - beforeLast).isLessThanOrEqualTo(10);
    assertThat(counted).isEqualTo(5000);
    assertThat(readToCount).isZero();
  }

  /**
   * The contacts' name search: a multikey piece narrows, a pattern on two fields decides; the page
   * and its count read only the documents that have the piece, and answer as a scan would.
   */
  @Test
  void aSearchNarrowedByAPieceReadsOnlyTheDocumentsThatHaveIt() {
    List<Document> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String name = i % 100 == 0 ? "joao " + i : "cliente " + i;
      many.add(
          new Document("_id", "n" + i)
              .append("account", "names")
              .append("at", new Date(i))
              .append("name", name)
              .append("grams", grams(name)));
    }
    for (MongoCollection<Document> c : List.of(indexed, reference)) {
      c.createIndex(Indexes.ascending("account", "grams"));
      c.createIndex(Indexes.ascending("account", "at"));
      c.insertMany(many);
    }
    Document matches = new Document("$regex", java.util.regex.Pattern.quote("joao 1"));
    Document search =
        new Document("account", "names")
            .append("$or", List.of(new Document("name", matches), new Document("alias", matches)))
            .append("grams", "joa");

    long before = BsonCollection.READS.sum();
    List<Object> page = ids(indexed, search, new Document("at", -1), 0, 5);
    long counted = indexed.countDocuments(search);
    long read = BsonCollection.READS.sum() - before;

    assertThat(page).containsExactly("n1900", "n1800", "n1700", "n1600", "n1500");
    assertThat(counted).isEqualTo(11); // 100 and 1000 to 1900
    assertThat(read).isLessThanOrEqualTo(2 * 30);
    same(search, new Document("at", -1), 0, 5);
    same(search, new Document("at", 1), 5, 5);

    // several pieces: only the documents having them all are read
    Document both =
        new Document("account", "names")
            .append("name", new Document("$regex", "joao 190"))
            .append("grams", new Document("$all", List.of("joa", "190")));
    long beforeBoth = BsonCollection.READS.sum();
    assertThat(ids(indexed, both, new Document("at", -1), 0, 5)).containsExactly("n1900");
    assertThat(indexed.countDocuments(both)).isEqualTo(1);
    assertThat(BsonCollection.READS.sum() - beforeBoth).isLessThanOrEqualTo(2);
    same(both, new Document("at", -1), 0, 5);
  }

  private static List<String> grams(String text) {
    java.util.TreeSet<String> grams = new java.util.TreeSet<>();
    for (int i = 0; i + 3 <= text.length(); i++) {
      grams.add(text.substring(i, i + 3));
    }
    return new ArrayList<>(grams);
  }

  @Test
  void aStoreOnFileKeepsItsIndexesAcrossARestartWithoutRebuildingThem() {
    String file = dir.resolve("store.mv.db").toString();
    MongoServer first =
        new MongoServer(new IndexedH2Backend(new MVStore.Builder().fileName(file).open()));
    try (MongoClient client = MongoClients.create(first.bindAndGetConnectionString())) {
      MongoCollection<Document> c = client.getDatabase("db").getCollection("things");
      c.createIndex(Indexes.ascending("account", "at"));
      for (int i = 0; i < 200; i++) {
        c.insertOne(new Document("_id", "x" + i).append("account", "k").append("at", i));
      }
    } finally {
      first.shutdownNow();
    }

    long before = BsonCollection.READS.sum();
    MongoServer second =
        new MongoServer(new IndexedH2Backend(new MVStore.Builder().fileName(file).open()));
    try (MongoClient client = MongoClients.create(second.bindAndGetConnectionString())) {
      MongoCollection<Document> c = client.getDatabase("db").getCollection("things");
      List<Object> last = ids(c, new Document("account", "k"), new Document("at", -1), 0, 3);
      assertThat(last).containsExactly("x199", "x198", "x197");
      assertThat(BsonCollection.READS.sum() - before).isLessThanOrEqualTo(3);
    } finally {
      second.shutdownNow();
    }
  }
}
