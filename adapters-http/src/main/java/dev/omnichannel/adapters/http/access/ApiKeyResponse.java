package dev.omnichannel.adapters.http.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.application.access.ManageApiKeysUseCase;
import dev.omnichannel.domain.access.ApiKey;

/** An API key as shown: {@code key} only in the answer that creates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {"_id", "name", "prefix", "createdAt"})
public record ApiKeyResponse(
    @JsonProperty("_id") String id,
    String clientIdentifier,
    String name,
    String key,
    String prefix,
    String createdAt,
    String lastUsedAt,
    String revokedAt) {

  static ApiKeyResponse of(ApiKey k) {
    return shown(k, null);
  }

  static ApiKeyResponse created(ManageApiKeysUseCase.CreatedKey created) {
    return shown(created.key(), created.value());
  }

  private static ApiKeyResponse shown(ApiKey k, String value) {
    return new ApiKeyResponse(
        k.id(),
        k.account().value(),
        k.name(),
        value,
        k.prefix(),
        ApiTime.format(k.createdAt()),
        ApiTime.format(k.lastUsedAt()),
        ApiTime.format(k.revokedAt()));
  }

  @Override
  public String toString() {
    return "ApiKeyResponse[" + prefix + "…]";
  }
}
