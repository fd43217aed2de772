package dev.omnichannel.domain.session;

import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.PageRequest;

/** An agent's inbox: the account's sessions, newest first, each filter optional. */
public record SessionQuery(
    ClientIdentifier account,
    PageRequest page,
    SessionStatus status,
    String channelId,
    String contactId,
    String platform,
    String agentId,
    boolean unreadOnly) {

  /** The inbox with every session, read or not. */
  public SessionQuery(
      ClientIdentifier account,
      PageRequest page,
      SessionStatus status,
      String channelId,
      String contactId,
      String platform,
      String agentId) {
    this(account, page, status, channelId, contactId, platform, agentId, false);
  }
}
