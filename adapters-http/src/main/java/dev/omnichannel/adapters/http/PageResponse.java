package dev.omnichannel.adapters.http;

import dev.omnichannel.domain.shared.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: {@code {"data","page","limit","total","totalPages"}}. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {"data", "page", "limit", "total", "totalPages"})
public record PageResponse<T>(List<T> data, int page, int limit, long total, long totalPages) {

  public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> mapper) {
    return new PageResponse<>(
        page.data().stream().map(mapper).toList(),
        page.page(),
        page.limit(),
        page.total(),
        page.totalPages());
  }
}
