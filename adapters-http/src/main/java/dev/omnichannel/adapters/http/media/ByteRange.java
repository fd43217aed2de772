package dev.omnichannel.adapters.http.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a {@code Range: bytes=…} header (RFC 9110 §14): {@code a-b}, {@code a-} or the last
 * {@code -n} bytes. Several ranges, other units or an unreadable header are served whole, as RFC
 * 9110 lets a server ignore {@code Range}; a range that starts past the end is unsatisfiable.
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  long length() {
    return last - first + 1;
  }

  /** The range asked of a file of {@code size} bytes; empty means the whole file. */
  static Optional<ByteRange> of(String header, long size) throws Unsatisfiable {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0) {
        throw new Unsatisfiable();
      }
      return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = Long.parseLong(m.group(1));
    long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
    if (first >= size || last < first) {
      throw new Unsatisfiable();
    }
    return Optional.of(new ByteRange(first, last));
  }

  /** Nothing of the file is in the range asked: 416. */
  static final class Unsatisfiable extends Exception {
    Unsatisfiable() {
      super(null, null, false, false);
    }
  }
}
