package dev.omnichannel.domain.session;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.event.Changed;
import dev.omnichannel.domain.event.ContactSummary;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventData;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One conversation of a contact on a channel (seed §6), served by a platform. A contact has at most
 * one active session per channel: {@link #activeKey()} is unique among active sessions and gone
 * once finished. Each change brings about its event for the platforms (API.md §9). Its contact and
 * channel never change: a transfer moves its platform, a finish its status.
 */
public record Session(
    String id,
    ClientIdentifier clientIdentifier,
    String channelId,
    String contactId,
    Provider provider,
    SessionClient client,
    Assignment assignment,
    SessionStatus status,
    SessionActivity activity,
    Instant createdAt,
    Instant finishedAt,
    Reading reading) {

  /** Who the conversation is with, as shown when it opened. */
  public record SessionClient(String name, String providerId) {}

  public Session {
    activity = activity == null ? SessionActivity.NONE : activity;
    reading = reading == null ? Reading.NONE : reading;
  }

  /**
   * A new active session of a contact on a channel: its platform is the contact's, else the
   * channel's default; the client is shown by custom name, else name.
   */
  public static Changed<Session> openFor(String id, Channel channel, Contact contact, Instant now) {
    ContactData c = contact.data();
    Session session =
        new Session(
            id,
            channel.clientIdentifier(),
            channel.id(),
            contact.id(),
            channel.provider(),
            new SessionClient(
                c.customName() != null ? c.customName() : c.name(), c.identifier().value()),
            new Assignment(c.platform() != null ? c.platform() : channel.defaultPlatform(), null),
            SessionStatus.ACTIVE,
            SessionActivity.NONE,
            now,
            null,
            Reading.NONE);
    return Changed.of(
        session,
        session.event(
            EventId.derived(EventType.SESSION_OPENED, id, now), EventType.SESSION_OPENED, now));
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

  public String platform() {
    return assignment.platform();
  }

  public String agentId() {
    return assignment.agentId();
  }

  /**
   * Hands the conversation to another platform and agent (seed §6.2); both the platform left and
   * the one reached hear of it.
   *
   * @throws SessionFinishedException when it is over
   */
  public Changed<Session> transfer(String toPlatform, String toAgentId, Instant now) {
    if (!isActive()) {
      throw new SessionFinishedException(id);
    }
    Session moved = with(new Assignment(toPlatform, toAgentId), status, finishedAt);
    Event event =
        new Event(
            EventId.random(now),
            EventType.SESSION_TRANSFERRED,
            now,
            clientIdentifier,
            id,
            platforms(platform(), toPlatform),
            id,
            new EventData.OfSession(moved, platform(), agentId()));
    return Changed.of(moved, event);
  }

  /**
   * @throws SessionFinishedException when it is over already
   */
  public Changed<Session> finish(Instant now) {
    if (!isActive()) {
      throw new SessionFinishedException(id);
    }
    Session finished = with(assignment, SessionStatus.FINISHED, now);
    return Changed.of(
        finished,
        finished.event(
            EventId.derived(EventType.SESSION_FINISHED, id, createdAt),
            EventType.SESSION_FINISHED,
            now));
  }

  /**
   * The agents read the conversation at {@code now}; {@code stillUnread} of the customer's messages
   * came after what they read. Announced as {@code session.read}.
   */
  public Changed<Session> read(long stillUnread, Instant now) {
    Session read = copy(assignment, status, finishedAt, activity, new Reading(stillUnread, now));
    return Changed.of(read, read.event(EventId.random(now), EventType.SESSION_READ, now));
  }

  /** The same session, its activity known to be {@code now}. */
  public Session withActivity(SessionActivity now) {
    return copy(assignment, status, finishedAt, now, reading);
  }

  /** An event about a message of this session, for this session's platform. */
  public Event messageEvent(
      EventId eventId, EventType type, Message message, ContactSummary who, Instant at) {
    return new Event(
        eventId,
        type,
        at,
        clientIdentifier,
        id,
        platforms(platform()),
        id,
        new EventData.OfMessage(message, who));
  }

  private Event event(EventId eventId, EventType type, Instant at) {
    return new Event(
        eventId,
        type,
        at,
        clientIdentifier,
        id,
        platforms(platform()),
        id,
        new EventData.OfSession(this, null, null));
  }

  private Session with(Assignment to, SessionStatus newStatus, Instant finished) {
    return copy(to, newStatus, finished, activity, reading);
  }

  /** The same conversation (contact, channel, client, start) in another state. */
  private Session copy(
      Assignment to,
      SessionStatus newStatus,
      Instant finished,
      SessionActivity newActivity,
      Reading newReading) {
    return new Session(
        id,
        clientIdentifier,
        channelId,
        contactId,
        provider,
        client,
        to,
        newStatus,
        newActivity,
        createdAt,
        finished,
        newReading);
  }

  private static Set<String> platforms(String... slugs) {
    Set<String> set = new LinkedHashSet<>();
    for (String slug : slugs) {
      if (slug != null) {
        set.add(slug);
      }
    }
    return set;
  }
}
