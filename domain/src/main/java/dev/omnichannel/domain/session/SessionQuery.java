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
    String agentId) {}
