package dev.omnichannel.application.session;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.event.Changed;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionActivity;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.IdGenerator;
import java.time.Instant;
import java.util.List;

/** Finds a contact's active session on a channel, or opens one with its {@code session.opened}. */
public final class SessionOpenings {

  private final SessionRepository sessions;
  private final EventWriter writer;
  private final IdGenerator ids;

  public SessionOpenings(SessionRepository sessions, EventWriter writer, IdGenerator ids) {
    this.sessions = sessions;
    this.writer = writer;
    this.ids = ids;
  }

  /**
   * @param activity moves the session's activity forward when given
   */
  public Session activeFor(
      Channel channel, Contact contact, SessionActivity activity, Instant now) {
    // No signal to the router here: every caller writes the session's next event right after
    // (the message received or sent) and signals then, so that session.opened is routed in the
    // same pass as that event and their deliveries go out one after the other (PassOrder); the
    // router's own polling takes it when the next write never comes.
    return sessions.findActiveOrOpen(
        channel.id(), contact.id(), activity, () -> opening(channel, contact, now));
  }

  /**
   * Writes {@code contact.created} into the session's outbox when an import created a contact not
   * announced yet (its id derives from the contact: repeating it is harmless).
   */
  public void announce(Session session, ContactRepository.Imported imported, Instant now) {
    if (!imported.announced()) {
      sessions.append(
          session.id(),
          writer.outbox(List.of(imported.contact().createdEvent(now).alsoFor(session.platform()))),
          null);
      writer.written();
    }
  }

  private SessionRepository.Opening opening(Channel channel, Contact contact, Instant now) {
    Changed<Session> opened = Session.openFor(ids.newId(), channel, contact, now);
    return new SessionRepository.Opening(opened.state(), writer.outbox(opened.events()));
  }
}
