package dev.omnichannel.adapters.http.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.contact.PhoneNumber;

/** A platform config as the API shows it: the API key never, only whether one is set. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {"_id", "clientIdentifier", "provider", "name", "apiKeySet", "createdAt"})
public record PlatformConfigResponse(
    @JsonProperty("_id") String id,
    String clientIdentifier,
    String provider,
    String name,
    String baseUrl,
    String clientNumber,
    boolean apiKeySet,
    String createdAt) {

  public static PlatformConfigResponse of(PlatformConfig c) {
    return new PlatformConfigResponse(
        c.id(),
        c.clientIdentifier().value(),
        c.provider().slug(),
        c.name(),
        c.baseUrl().toString(),
        c.clientNumber().map(PhoneNumber::digits).orElse(null),
        c.apiKey().isPresent(),
        ApiTime.format(c.createdAt()));
  }
}
