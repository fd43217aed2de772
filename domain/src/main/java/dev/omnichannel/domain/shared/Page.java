package dev.omnichannel.domain.shared;

import java.util.List;

/** One page of results with the total count behind it. */
public record Page<T>(List<T> data, int page, int limit, long total) {

  public Page {
    data = List.copyOf(data);
  }

  public long totalPages() {
    return total == 0 ? 0 : (total + limit - 1) / limit;
  }
}
