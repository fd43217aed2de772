package bench;

import java.util.ArrayList;
import java.util.List;

/** The figures of a run, each with its target and whether it is met. */
final class Table {

  private record Row(String figure, String value, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();

  /** A figure without a target. */
  void info(String figure, String value) {
    rows.add(new Row(figure, value, "", null));
    System.out.printf("  %-58s %s%n", figure, value);
  }

  void check(String figure, String value, String target, boolean met) {
    rows.add(new Row(figure, value, target, met));
    System.out.printf("  %-58s %s  (target %s: %s)%n", figure, value, target, met ? "met" : "MISSED");
  }

  boolean allMet() {
    return rows.stream().allMatch(r -> r.met() == null || r.met());
  }

  String markdown() {
    StringBuilder out = new StringBuilder("| figure | measured | target | |\n|---|---|---|---|\n");
    for (Row r : rows) {
      out.append("| ")
          .append(r.figure())
          .append(" | ")
          .append(r.value())
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.met() == null ? "" : r.met() ? "met" : "**missed**")
          .append(" |\n");
    }
    return out.toString();
  }
}
