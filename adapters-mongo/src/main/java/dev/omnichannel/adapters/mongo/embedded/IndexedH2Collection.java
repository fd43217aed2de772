package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store that reads through its indexes: a query naming {@code _id}
 * reads those documents only, one a {@link SortedIndex} serves reads its range in order and stops
 * at the limit, and a count the index covers reads no document at all.
 */
final class IndexedH2Collection extends BsonCollection {

  IndexedH2Collection(
      MongoDatabase database,
      String collectionName,
      CollectionOptions options,
      MVMap<Object, byte[]> dataMap,
      MVMap<String, Object> metaMap,
      CursorRegistry cursorRegistry,
      DocumentLog log) {
    super(database, collectionName, options, dataMap, metaMap, cursorRegistry, log);
  }

  /**
   * Adds an index, filled with the documents unless it was marked built ({@link BuildMark}): one a
   * crash cut off mid-fill is completed at the next start.
   */
  @Override
  public void addIndex(Index<Object> index) {
    if (index instanceof BsonUniqueIndex unique && unique.isPartlyBuilt()) {
      streamAllDocumentsWithPosition()
          .forEach(d -> unique.complete(d.getDocument(), d.getPosition(), this));
    }
    super.addIndex(index);
    if (index instanceof SortedIndex sorted) {
      sorted.built();
    } else if (index instanceof BsonUniqueIndex unique) {
      unique.built();
    }
  }

  @Override
  protected QueryResult queryDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    List<Object> ids = ids(query.get("_id"));
    if (ids != null) {
      Stream<Document> named = ids.stream().map(this::getDocument).filter(Objects::nonNull);
      return matchDocumentsFromStream(
          named, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    Stream<Document> unique = byUniqueKey(query);
    if (unique != null) {
      return matchDocumentsFromStream(
          unique, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    Stream<Document> all = inEveryRange(query);
    if (all != null) {
      return matchDocumentsFromStream(
          all, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    QueryPlanner.Plan plan = QueryPlanner.plan(sortedIndexes(), query, orderBy);
    if (plan == null) {
      Iterator<Object> ordered = UniqueOrder.positions(getIndexes(), query, orderBy);
      if (ordered != null) {
        Stream<Document> documents =
            stream(ordered).map(this::getDocument).filter(Objects::nonNull);
        return matchDocumentsFromStream(
            query, documents, numberToSkip, limit, batchSize, null, fieldSelector);
      }
      return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    // When the index alone decides which documents match, in the order asked, a page's skip is
    // taken over index positions: the last page of a long conversation reads one page, not all.
    boolean exact = plan.ordered() && plan.decides(query);
    Stream<Object> positions = stream(plan.positions()).distinct();
    if (exact && numberToSkip > 0) {
      positions = positions.skip(numberToSkip);
    }
    Stream<Document> documents = positions.map(this::getDocument).filter(Objects::nonNull);
    return plan.ordered()
        ? matchDocumentsFromStream(
            query, documents, exact ? 0 : numberToSkip, limit, batchSize, null, fieldSelector)
        : matchDocumentsFromStream(
            documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  /**
   * The one document a query names by equality on a single-field unique key, whatever else the
   * query asks ({@code {uniqueKey: k, recentIn: {$ne: m}}}); null when it names none so. The
   * server's own unique lookup serves only queries on exactly the index's fields, and scans
   * otherwise.
   */
  private Stream<Document> byUniqueKey(Document query) {
    List<Index<Object>> all = getIndexes();
    synchronized (all) {
      for (Index<Object> index : all) {
        if (!index.isUnique() || index.getKeys().size() != 1) {
          continue;
        }
        String key = index.getKeys().get(0).getKey();
        Object value = query.get(key);
        if (value == null || value instanceof Document || value instanceof Collection<?>) {
          continue;
        }
        Document exact = new Document(key, value);
        if (index.canHandle(exact)) {
          List<Object> positions = new ArrayList<>();
          index.getPositions(exact).forEach(positions::add);
          return positions.stream().map(this::getDocument).filter(Objects::nonNull);
        }
      }
    }
    return null;
  }

  @Override
  public int count(Document query, int skip, int limit) {
    if (query != null && !query.isEmpty() && ids(query.get("_id")) == null) {
      QueryPlanner.Plan covering = QueryPlanner.covering(sortedIndexes(), query);
      if (covering != null) {
        long n = Math.max(0, covering.index().count(covering.from(), covering.to()) - skip);
        return (int) (limit > 0 ? Math.min(limit, n) : n);
      }
      Stream<Document> all = inEveryRange(query);
      if (all != null) {
        long n = Math.max(0, all.filter(d -> documentMatchesQuery(d, query)).count() - skip);
        return (int) (limit > 0 ? Math.min(limit, n) : n);
      }
      // an index that narrows the query: match the documents in its range, not the collection
      QueryPlanner.Plan narrowing = QueryPlanner.plan(sortedIndexes(), query, null);
      if (narrowing != null) {
        long n =
            Math.max(
                0,
                stream(narrowing.positions())
                        .distinct()
                        .map(this::getDocument)
                        .filter(d -> d != null && documentMatchesQuery(d, query))
                        .count()
                    - skip);
        return (int) (limit > 0 ? Math.min(limit, n) : n);
      }
    }
    return super.count(query, skip, limit);
  }

  /**
   * The documents in every range of a {@code $all} query's plans (positions read from the smallest
   * range first), or null when no index serves it so.
   */
  private Stream<Document> inEveryRange(Document query) {
    List<QueryPlanner.Plan> plans = QueryPlanner.intersection(sortedIndexes(), query);
    if (plans == null) {
      return null;
    }
    List<java.util.Set<Object>> sets = new ArrayList<>();
    for (QueryPlanner.Plan plan : plans) {
      java.util.Set<Object> positions = new java.util.LinkedHashSet<>();
      plan.positions().forEachRemaining(positions::add);
      sets.add(positions);
    }
    sets.sort(java.util.Comparator.comparingInt(java.util.Set::size));
    java.util.Set<Object> common = new java.util.LinkedHashSet<>(sets.get(0));
    sets.subList(1, sets.size()).forEach(common::retainAll);
    return common.stream().map(this::getDocument).filter(Objects::nonNull);
  }

  /** The ids a query names by equality or {@code $in}, or null when it names none so. */
  private static List<Object> ids(Object id) {
    if (id == null) {
      return null;
    }
    if (id instanceof Document d) {
      if (d.size() == 1 && d.get("$in") instanceof Collection<?> in) {
        return in.stream().map(v -> (Object) v).distinct().toList();
      }
      if (d.size() == 1 && d.containsKey("$eq") && !(d.get("$eq") instanceof Document)) {
        return List.of(d.get("$eq"));
      }
      return null;
    }
    return id instanceof Collection<?> ? null : List.of(id);
  }

  private List<SortedIndex> sortedIndexes() {
    List<Index<Object>> all = getIndexes();
    synchronized (all) {
      return all.stream()
          .filter(SortedIndex.class::isInstance)
          .map(SortedIndex.class::cast)
          .toList();
    }
  }

  private static Stream<Object> stream(Iterator<Object> positions) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED), false);
  }
}
