package dev.omnichannel.adapters.http.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.adapters.http.event.EventTypes;
import dev.omnichannel.domain.delivery.Attempt;
import dev.omnichannel.domain.delivery.Delivery;
import dev.omnichannel.domain.platform.Platform;
import java.util.List;

/** What the platform endpoints answer. */
public final class PlatformResponses {

  private PlatformResponses() {}

  /** A platform; {@code secret} only in the answer that creates it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "PlatformResponse",
      requiredProperties = {
        "_id",
        "clientIdentifier",
        "slug",
        "name",
        "webhookUrl",
        "scope",
        "enabled",
        "createdAt"
      })
  public record Shown(
      @JsonProperty("_id") String id,
      String clientIdentifier,
      String slug,
      String name,
      String webhookUrl,
      String scope,
      List<String> events,
      boolean enabled,
      String secret,
      String createdAt,
      String updatedAt) {

    static Shown of(Platform p, String secret) {
      return new Shown(
          p.id(),
          p.account().value(),
          p.slug(),
          p.name(),
          p.webhookUrl().toString(),
          Slugs.of(p.scope()),
          p.events().isEmpty() ? null : EventTypes.names(p.events()),
          p.enabled(),
          secret,
          ApiTime.format(p.createdAt()),
          ApiTime.format(p.updatedAt()));
    }

    @Override
    public String toString() {
      return "Shown[" + slug + "]";
    }
  }

  /** A new secret, shown once. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "PlatformSecretResponse",
      requiredProperties = {"secret"})
  public record NewSecret(String secret) {
    @Override
    public String toString() {
      return "NewSecret[***]";
    }
  }

  /** One delivery of the log. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "DeliveryResponse",
      requiredProperties = {"_id", "eventId", "type", "status", "attempts", "createdAt"})
  public record DeliveryResponse(
      @JsonProperty("_id") String id,
      String eventId,
      String type,
      String status,
      List<AttemptShown> attempts,
      String nextAttemptAt,
      String createdAt) {

    static DeliveryResponse of(Delivery d) {
      return new DeliveryResponse(
          d.id(),
          d.eventId().value(),
          d.type().wireName(),
          Slugs.of(d.status()),
          d.attempts().stream().map(AttemptShown::of).toList(),
          ApiTime.format(d.nextAttemptAt()),
          ApiTime.format(d.createdAt()));
    }
  }

  /** One try: when, the receiver's status, how long, what went wrong. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "DeliveryAttempt",
      requiredProperties = {"at", "durationMs"})
  public record AttemptShown(String at, Integer statusCode, long durationMs, String error) {
    static AttemptShown of(Attempt a) {
      return new AttemptShown(ApiTime.format(a.at()), a.statusCode(), a.durationMs(), a.error());
    }
  }

  /** The answer of a replay. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "ReplayResponse",
      requiredProperties = {"queued"})
  public record Queued(int queued) {}
}
