package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Chooses how a query reads the embedded store: from the {@link SortedIndex} whose leading fields
 * the query fixes by equality (the longer the better), with a range on the next field, and whose
 * order is the one asked for — then the documents are read in order and reading stops at the limit.
 * A query no index helps is left to mongo-java-server (its unique indexes, or a scan).
 */
final class QueryPlanner {

  private QueryPlanner() {}

  /** How to read: which index, between which keys, in which direction. */
  record Plan(
      SortedIndex index,
      String from,
      String to,
      boolean reverse,
      boolean ordered,
      List<String> fixedFields) {

    Iterator<Object> positions() {
      return index.positions(from, to, reverse);
    }

    /**
     * Whether the index alone decides which documents match {@code query}: every field it names is
     * one this plan fixes (by equality, or the one range), so each entry in range is a match.
     */
    boolean decides(Document query) {
      return !index.isSparseIndex() && query.keySet().stream().allMatch(fixedFields::contains);
    }
  }

  /**
   * The plan of a count that the index answers alone: every field the query names is one the plan
   * fixes (by equality, or the one range), so counting entries counts documents.
   */
  static Plan covering(Collection<SortedIndex> indexes, Document query) {
    Plan plan = plan(indexes, query, null);
    if (plan == null) {
      return null;
    }
    return plan.decides(query) ? plan : null;
  }

  /**
   * For a query that fixes an index's leading fields by equality and asks {@code $all} of several
   * values on its next field (a multikey field: the pieces of a name), one plan per value; the
   * documents that match are in every plan's range. Null when no index fits.
   */
  static List<Plan> intersection(Collection<SortedIndex> indexes, Document query) {
    for (SortedIndex index : indexes) {
      List<String> fields = index.fields();
      StringBuilder prefix = new StringBuilder();
      int equal = 0;
      while (equal < fields.size() - 1
          && isEquality(query.get(fields.get(equal)), query.containsKey(fields.get(equal)))) {
        IndexKeys.append(prefix, query.get(fields.get(equal)));
        equal++;
      }
      if (equal == 0
          || index.isSparseIndex()
          || !(query.get(fields.get(equal)) instanceof Document all)
          || all.size() != 1
          || !(all.get("$all") instanceof Collection<?> values)
          || values.size() < 2
          || !values.stream().allMatch(v -> isEquality(v, true))) {
        continue;
      }
      List<Plan> plans = new ArrayList<>();
      for (Object value : values) {
        StringBuilder key = new StringBuilder(prefix);
        IndexKeys.append(key, value);
        String from = key.toString();
        plans.add(
            new Plan(
                index, from, from + IndexKeys.AFTER, false, false, fields.subList(0, equal + 1)));
      }
      return plans;
    }
    return null;
  }

  static Plan plan(Collection<SortedIndex> indexes, Document query, Document orderBy) {
    Plan best = null;
    int bestScore = 0;
    for (SortedIndex index : indexes) {
      Candidate c = candidate(index, query, orderBy);
      if (c != null && c.score() > bestScore) {
        best = c.plan();
        bestScore = c.score();
      }
    }
    return best;
  }

  private record Candidate(Plan plan, int score) {}

  private static Candidate candidate(SortedIndex index, Document query, Document orderBy) {
    List<String> fields = index.fields();
    StringBuilder prefix = new StringBuilder();
    int equal = 0;
    while (equal < fields.size()
        && isEquality(query.get(fields.get(equal)), query.containsKey(fields.get(equal)))) {
      Object value = query.get(fields.get(equal));
      if (value == null && index.isSparseIndex()) {
        break; // a sparse index has no entry for the documents that lack the field
      }
      IndexKeys.append(prefix, value);
      equal++;
    }
    String from = prefix.toString();
    String to = from + IndexKeys.AFTER;
    boolean range = false;
    if (equal < fields.size()
        && query.get(fields.get(equal)) instanceof Document bounds
        && !bounds.isEmpty()
        && IndexBounds.RANGE.containsAll(bounds.keySet())) {
      String[] limits = IndexBounds.range(from, bounds);
      if (limits != null) {
        from = limits[0];
        to = limits[1];
        range = true;
      }
    }
    Boolean reverse = IndexBounds.order(fields, equal, orderBy);
    boolean ordered = reverse != null;
    if (equal == 0 && !range && !ordered) {
      return null;
    }
    int score = equal * 4 + (range ? 2 : 0) + (ordered ? 3 : 0);
    List<String> fixed = List.copyOf(fields.subList(0, equal + (range ? 1 : 0)));
    return new Candidate(
        new Plan(index, from, to, Boolean.TRUE.equals(reverse), ordered, fixed), score);
  }

  /** A plain value (not an operator document, a list or a pattern) fixes the field. */
  private static boolean isEquality(Object value, boolean present) {
    if (!present) {
      return false;
    }
    if (value instanceof Document d) {
      return d.size() == 1 && d.containsKey("$eq") && isEquality(d.get("$eq"), true);
    }
    return !(value instanceof Collection<?>)
        && !(value instanceof Map<?, ?>)
        && !(value instanceof BsonRegularExpression)
        && !(value instanceof java.util.regex.Pattern);
  }
}
