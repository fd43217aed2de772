package dev.omnichannel.adapters.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlatKeyValuesTest {

  /** Values of every kind a field can hold, the awkward ones included. */
  private static final List<Object> VALUES =
      List.of(
          "text",
          "",
          new ObjectId(),
          Instant.parse("2026-11-27T10:00:00Z"),
          new Date(0),
          true,
          0,
          -7,
          Integer.MAX_VALUE,
          5L,
          Long.MAX_VALUE,
          (1L << 53) + 1,
          -0.0,
          0.0,
          2.5,
          Double.NaN,
          1.5f,
          (short) 3,
          Missing.getInstance(),
          new Document("a", 1).append("b", -0.0),
          List.of(1, 2),
          List.of());

  @Test
  void keyValuesAreTheLibrarysForEveryValueTheyTakeAndTheLibraryComputesTheOthers() {
    Random random = new Random(7);
    List<List<String>> keySets = List.of(List.of("a"), List.of("a", "b"), List.of("b", "a", "c"));
    int flat = 0;
    for (int round = 0; round < 3000; round++) {
      Document document = new Document();
      for (String field : List.of("a", "b", "c")) {
        int pick = random.nextInt(VALUES.size() + 2);
        if (pick == VALUES.size()) {
          document.put(field, null);
        } else if (pick < VALUES.size()) {
          document.put(field, VALUES.get(pick));
        } // else: the field is absent
      }
      for (List<String> keys : keySets) {
        Set<KeyValue> ours = FlatKeyValues.of(keys, document);
        if (ours == null) {
          continue;
        }
        flat++;
        Set<KeyValue> library = new LibraryIndex(keys).getKeyValues(document);
        assertThat(ours).as("%s of %s", keys, document).isEqualTo(library);
        KeyValue mine = ours.iterator().next();
        KeyValue theirs = library.iterator().next();
        for (int i = 0; i < mine.size(); i++) {
          Object a = mine.get(i);
          Object b = theirs.get(i);
          assertThat(a == null ? null : a.getClass()).isEqualTo(b == null ? null : b.getClass());
        }
      }
    }
    assertThat(flat).as("most documents take the flat way").isGreaterThan(3000);
  }

  @Test
  void dottedPathsArraysSubDocumentsAndOtherNumbersAreLeftToTheLibrary() {
    Document document =
        new Document("a", "x")
            .append("list", List.of(1))
            .append("sub", new Document("b", 1))
            .append("float", 1.5f);

    assertThat(FlatKeyValues.of(List.of("a"), document)).isNotNull();
    assertThat(FlatKeyValues.of(List.of("sub.b"), document)).isNull();
    assertThat(FlatKeyValues.of(List.of("a", "list"), document)).isNull();
    assertThat(FlatKeyValues.of(List.of("sub"), document)).isNull();
    assertThat(FlatKeyValues.of(List.of("float"), document)).isNull();
  }

  /** mongo-java-server's own key values: an index that only computes them. */
  private static final class LibraryIndex extends Index<Object> {

    LibraryIndex(List<String> keys) {
      super("test", indexKeys(keys), false);
    }

    private static List<IndexKey> indexKeys(List<String> keys) {
      List<IndexKey> indexKeys = new ArrayList<>();
      keys.forEach(k -> indexKeys.add(new IndexKey(k, true)));
      return indexKeys;
    }

    @Override
    public Object getPosition(Document document) {
      return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {}

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {}

    @Override
    public Object remove(Document document) {
      return null;
    }

    @Override
    public boolean canHandle(Document query) {
      return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
      return List.of();
    }

    @Override
    public long getCount() {
      return 0;
    }

    @Override
    public long getDataSize() {
      return 0;
    }

    @Override
    public void checkUpdate(
        Document oldDocument, Document newDocument, MongoCollection<Object> collection) {}

    @Override
    public void updateInPlace(
        Document oldDocument,
        Document newDocument,
        Object position,
        MongoCollection<Object> collection) {}

    @Override
    public void drop() {}
  }
}
