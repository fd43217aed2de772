package dev.omnichannel.adapters.http.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.ApiTime;
import dev.omnichannel.adapters.http.Slugs;
import dev.omnichannel.domain.session.Session;

/** A session as seed §6.1 shows it. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    requiredProperties = {
      "_id",
      "type",
      "status",
      "channelId",
      "contactId",
      "createdAt",
      "unreadCount"
    })
public record SessionResponse(
    @JsonProperty("_id") String id,
    Client client,
    String type,
    String status,
    String channelId,
    String contactId,
    String platform,
    String agentId,
    String createdAt,
    String finishedAt,
    String lastMessageAt,
    String lastInboundAt,
    long unreadCount,
    String lastReadAt) {

  /** Who the conversation is with. */
  public record Client(String name, String providerId) {}

  public static SessionResponse of(Session s) {
    return new SessionResponse(
        s.id(),
        new Client(s.client().name(), s.client().providerId()),
        s.provider().slug(),
        Slugs.of(s.status()),
        s.channelId(),
        s.contactId(),
        s.platform(),
        s.agentId(),
        ApiTime.format(s.createdAt()),
        ApiTime.format(s.finishedAt()),
        ApiTime.format(s.activity().lastMessageAt()),
        ApiTime.format(s.activity().lastInboundAt()),
        s.reading().unreadCount(),
        ApiTime.format(s.reading().lastReadAt()));
  }
}
