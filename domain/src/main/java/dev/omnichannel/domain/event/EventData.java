package dev.omnichannel.domain.event;

import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.session.Session;

/** What an event tells, as domain objects; written out for platforms by an adapter. */
public sealed interface EventData {

  /** A message as the history shows it, and its contact. */
  record OfMessage(Message message, ContactSummary contact) implements EventData {}

  /** A session; for a transfer, where it was before. */
  record OfSession(Session session, String fromPlatform, String fromAgentId) implements EventData {}

  /** A contact as the API shows it. */
  record OfContact(ContactData contact) implements EventData {}
}
