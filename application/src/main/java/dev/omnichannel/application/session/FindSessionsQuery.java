package dev.omnichannel.application.session;

import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;

/** Reads sessions and their history. */
public interface FindSessionsQuery {

  Session get(ClientIdentifier account, String sessionId);

  /** The session's messages, oldest first. */
  Page<Message> messages(ClientIdentifier account, String sessionId, PageRequest page);

  /** The account's sessions, newest first. */
  Page<Session> search(SessionQuery query);
}
