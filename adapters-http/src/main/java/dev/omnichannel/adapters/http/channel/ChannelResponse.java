package dev.omnichannel.adapters.http.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.domain.channel.Channel;
import java.net.URI;

/**
 * A channel as the API shows it. {@code webhookUrl} carries the secret token only in the answer
 * that creates the channel; afterwards it is shown without it (docs/decisions.md).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {
      "_id",
      "clientIdentifier",
      "platformConfigId",
      "name",
      "channelType",
      "signMessages",
      "webhookConfigured",
      "createdAt"
    })
public record ChannelResponse(
    @JsonProperty("_id") String id,
    String clientIdentifier,
    String platformConfigId,
    String name,
    String phoneNumber,
    String channelType,
    String defaultPlatform,
    String slug,
    boolean signMessages,
    String webhookUrl,
    boolean webhookConfigured,
    String createdAt,
    String updatedAt) {

  public static ChannelResponse of(Channel c, URI webhookUrl) {
    return new ChannelResponse(
        c.id(),
        c.clientIdentifier().value(),
        c.platformConfigId(),
        c.name(),
        c.phoneNumber().digits(),
        c.channelType().slug(),
        c.defaultPlatform(),
        c.provider().slug(),
        c.signMessages(),
        webhookUrl.toString(),
        c.webhookConfigured(),
        ApiTime.format(c.createdAt()),
        ApiTime.format(c.updatedAt()));
  }
}
