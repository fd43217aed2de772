package dev.omnichannel.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** A page of a listing: {@code page} starts at 1, {@code limit} is 1..100. */
public record PageRequest(int page, int limit, SortOrder order) {

  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  public PageRequest {
    List<FieldError> errors = new ArrayList<>();
    if (page < 1) {
      errors.add(new FieldError("page", "must be 1 or more"));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("VALIDATION_FAILED", errors);
    }
    order = order == null ? SortOrder.DESC : order;
  }

  public long offset() {
    return (long) (page - 1) * limit;
  }
}
