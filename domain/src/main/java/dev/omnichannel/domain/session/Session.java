package dev.omnichannel.domain.session;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;

/**
 * One conversation of a contact on a channel (seed §6). A contact has at most one active session
 * per channel: {@link #activeKey()} is unique among active sessions and gone once finished.
 */
public record Session(
    String id,
    ClientIdentifier clientIdentifier,
    String channelId,
    String contactId,
    Provider provider,
    String clientName,
    String clientProviderId,
    String platform,
    String agentId,
    SessionStatus status,
    Instant createdAt,
    Instant finishedAt) {

  /**
   * A new active session of a contact on a channel: its platform is the contact's, else the
   * channel's default; the client is shown by custom name, else name.
   */
  public static Session openFor(String id, Channel channel, Contact contact, Instant now) {
    ContactData c = contact.data();
    return open(
        id,
        channel.clientIdentifier(),
        channel.id(),
        contact.id(),
        channel.provider(),
        c.customName() != null ? c.customName() : c.name(),
        c.identifier().value(),
        c.platform() != null ? c.platform() : channel.defaultPlatform(),
        now);
  }

  /** A new active session. */
  public static Session open(
      String id,
      ClientIdentifier account,
      String channelId,
      String contactId,
      Provider provider,
      String clientName,
      String clientProviderId,
      String platform,
      Instant now) {
    return new Session(
        id,
        account,
        channelId,
        contactId,
        provider,
        clientName,
        clientProviderId,
        platform,
        null,
        SessionStatus.ACTIVE,
        now,
        null);
  }

  /** What keeps a contact to one active session per channel. */
  public static String activeKey(String channelId, String contactId) {
    return channelId + ":" + contactId;
  }

  public String activeKey() {
    return status == SessionStatus.ACTIVE ? activeKey(channelId, contactId) : null;
  }

  public boolean isActive() {
    return status == SessionStatus.ACTIVE;
  }

  /**
   * Hands the conversation to another platform and agent (seed §6.2).
   *
   * @throws SessionFinishedException when it is over
   */
  public Session transfer(String toPlatform, String toAgentId) {
    if (!isActive()) {
      throw new SessionFinishedException(id);
    }
    return new Session(
        id,
        clientIdentifier,
        channelId,
        contactId,
        provider,
        clientName,
        clientProviderId,
        toPlatform,
        toAgentId,
        status,
        createdAt,
        finishedAt);
  }

  /**
   * @throws SessionFinishedException when it is over already
   */
  public Session finish(Instant now) {
    if (!isActive()) {
      throw new SessionFinishedException(id);
    }
    return new Session(
        id,
        clientIdentifier,
        channelId,
        contactId,
        provider,
        clientName,
        clientProviderId,
        platform,
        agentId,
        SessionStatus.FINISHED,
        createdAt,
        now);
  }
}
