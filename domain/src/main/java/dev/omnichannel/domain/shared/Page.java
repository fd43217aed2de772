package dev.omnichannel.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count behind it. */
public record Page<T>(List<T> data, int page, int limit, long total) {

  public Page {
    data = List.copyOf(data);
  }

  public long totalPages() {
    return total == 0 ? 0 : (total + limit - 1) / limit;
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(data.stream().map(mapper).toList(), page, limit, total);
  }
}
