package dev.omnichannel.adapters.http;

import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.PageRequest;
import dev.omnichannel.domain.shared.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads query parameters and collects every bad one, so a listing refuses all of them in one 400
 * instead of JAX-RS's bare 404 for an unconvertible parameter.
 */
public final class QueryParams {

  private final List<FieldError> errors = new ArrayList<>();

  public int integer(String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "must be a whole number"));
      return defaultValue;
    }
  }

  /** One of a fixed set of lower-case words, mapped to its value; {@code null} when absent. */
  public <T> T oneOf(String name, String value, Map<String, T> allowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    T found = allowed.get(value.trim().toLowerCase(Locale.ROOT));
    if (found == null) {
      errors.add(new FieldError(name, "must be one of " + String.join(", ", allowed.keySet())));
    }
    return found;
  }

  /** A free-text parameter of at most {@code max} characters (a search term, an identifier). */
  public String text(String name, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(name, "must be at most " + max + " characters"));
      return null;
    }
    return value;
  }

  /** A list parameter of at most {@code max} values of at most {@code maxLength} characters. */
  public List<String> values(String name, List<String> raw, int max, int maxLength) {
    List<String> values = list(raw);
    if (values.size() > max || values.stream().anyMatch(v -> v.length() > maxLength)) {
      errors.add(
          new FieldError(
              name, "must be at most " + max + " values of " + maxLength + " characters each"));
      return List.of();
    }
    return values;
  }

  /** A value that a domain reader checks; its refusal is collected with the others. */
  public <T> T read(String value, Function<String, T> reader) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return reader.apply(value);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** {@code page} (from 1) and {@code limit} (1..100), both reported when wrong. */
  public PageRequest page(String page, String limit, SortOrder order) {
    int number = integer("page", page, 1);
    int size = integer("limit", limit, PageRequest.DEFAULT_LIMIT);
    try {
      return new PageRequest(number, size, order);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** {@code a,b} and repeated parameters alike. */
  public static List<String> list(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::trim)
            .filter(v -> !v.isEmpty())
            .distinct()
            .toList();
  }

  /** Refuses at once if anything was bad. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException("VALIDATION_FAILED", errors);
    }
  }
}
