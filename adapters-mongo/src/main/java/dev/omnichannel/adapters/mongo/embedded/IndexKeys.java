package dev.omnichannel.adapters.mongo.embedded;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes index key values as strings whose natural order is MongoDB's order of those values: a type
 * tag in MongoDB's type order (null, numbers, strings, objects, ObjectIds, booleans, dates), then
 * the value in a form that sorts the same way. Every component ends where the next begins (numbers
 * and dates have a fixed width, strings a terminator), so a prefix of components is a prefix of the
 * string: an equality on the first keys is a range of the index.
 */
final class IndexKeys {

  static final char NULL = 'A';
  static final char NUMBER = 'B';
  static final char STRING = 'C';
  static final char OBJECT = 'D';
  static final char OBJECT_ID = 'F';
  static final char BOOLEAN = 'G';
  static final char DATE = 'H';
  static final char OTHER = 'Z';

  /**
   * Hex digits without {@code String.format}, which parses its pattern (with a regular expression)
   * at every call: ObjectIds as mongo-java-server's {@code getHexData()} writes them (lowercase;
   * its format per byte showed as a tenth of the store's CPU under load), and the 16 digits of
   * numbers and dates as {@code %016x} wrote them (2 % of the CPU in a big backlog's drain), so
   * keys in existing files still match.
   */
  private static final HexFormat HEX = HexFormat.of();

  /** Greater than any character that starts or continues a component. */
  static final char AFTER = '\uffff';

  private IndexKeys() {}

  static String encode(List<Object> values) {
    StringBuilder out = new StringBuilder();
    for (Object value : values) {
      append(out, value);
    }
    return out.toString();
  }

  static String encode(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  /** The type tag a value sorts under. */
  static char tag(Object value) {
    if (Missing.isNullOrMissing(value)) {
      return NULL;
    }
    if (value instanceof Number) {
      return NUMBER;
    }
    if (value instanceof String) {
      return STRING;
    }
    if (value instanceof ObjectId) {
      return OBJECT_ID;
    }
    if (value instanceof Boolean) {
      return BOOLEAN;
    }
    if (value instanceof Instant || value instanceof Date) {
      return DATE;
    }
    if (value instanceof java.util.Map<?, ?>) {
      return OBJECT;
    }
    return OTHER;
  }

  static void append(StringBuilder out, Object value) {
    char tag = tag(value);
    out.append(tag);
    switch (tag) {
      case NULL -> {}
      case NUMBER -> out.append(sortable(((Number) value).doubleValue()));
      case STRING -> string(out, (String) value);
      case OBJECT_ID -> out.append(HEX.formatHex(((ObjectId) value).toByteArray()));
      case BOOLEAN -> out.append(((Boolean) value) ? '1' : '0');
      case DATE -> out.append(sortable(millis(value)));
      default -> string(out, String.valueOf(value instanceof UUID u ? u.toString() : value));
    }
  }

  private static long millis(Object value) {
    return value instanceof Instant i ? i.toEpochMilli() : ((Date) value).getTime();
  }

  /** A double as 16 hex digits that sort as the numbers do. */
  private static String sortable(double value) {
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    bits = bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    return HEX.toHexDigits(bits);
  }

  /** A long (epoch millis) as 16 hex digits that sort as the numbers do. */
  private static String sortable(long value) {
    return HEX.toHexDigits(value ^ Long.MIN_VALUE);
  }

  /** The characters as they are, \0 and \1 escaped, then the terminator \0. */
  private static void string(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= '\u0001') {
        out.append('\u0001').append((char) (c + 1));
      } else {
        out.append(c);
      }
    }
    out.append('\u0000');
  }

  /** Reads back a string component that starts at {@code from} (its tag included). */
  static String decodeString(String key, int from) {
    StringBuilder value = new StringBuilder();
    for (int i = from + 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\u0000') {
        break;
      }
      if (c == '\u0001' && i + 1 < key.length()) {
        value.append((char) (key.charAt(++i) - 1));
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }
}
