package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.session.Reading;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionActivity;
import dev.omnichannel.domain.session.SessionQuery;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.session.SessionStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Sessions in memory, one active per channel and contact, each with its outbox. */
public final class InMemorySessions implements SessionRepository {

  private final Map<String, Session> byId = new LinkedHashMap<>();
  private final List<OutboxEvent> outbox = new ArrayList<>();
  private boolean crashBeforeAppend;

  /** Every event written into a session's outbox, in order. */
  public synchronized List<OutboxEvent> outbox() {
    return List.copyOf(outbox);
  }

  public synchronized List<Session> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public synchronized Session findActiveOrOpen(
      String channelId, String contactId, SessionActivity activity, Supplier<Opening> opening) {
    Optional<Session> active =
        byId.values().stream()
            .filter(
                s -> s.isActive() && s.activeKey().equals(Session.activeKey(channelId, contactId)))
            .findFirst();
    if (active.isPresent()) {
      Session moved = active.get().withActivity(merged(active.get().activity(), activity));
      byId.put(moved.id(), moved);
      return moved;
    }
    Opening open = opening.get();
    Session opened = open.session().withActivity(merged(SessionActivity.NONE, activity));
    byId.put(opened.id(), opened);
    outbox.addAll(open.events());
    return opened;
  }

  private static SessionActivity merged(SessionActivity was, SessionActivity now) {
    if (now == null) {
      return was;
    }
    return new SessionActivity(
        latest(was.lastMessageAt(), now.lastMessageAt()),
        latest(was.lastInboundAt(), now.lastInboundAt()));
  }

  private static Instant latest(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  /** Run at every {@link #find}, before it reads: a test sees the order of reads. */
  public volatile Runnable onFind = () -> {};

  @Override
  public synchronized Optional<Session> find(ClientIdentifier account, String id) {
    onFind.run();
    return Optional.ofNullable(byId.get(id)).filter(s -> s.clientIdentifier().equals(account));
  }

  @Override
  public synchronized boolean appendIfActive(String sessionId, List<OutboxEvent> events) {
    Session s = byId.get(sessionId);
    if (s == null || s.status() != SessionStatus.ACTIVE) {
      return false;
    }
    if (crashBeforeAppend) {
      crashBeforeAppend = false;
      throw new IllegalStateException("the process died before the message's events");
    }
    byId.put(sessionId, unread(s, s.reading().unreadCount() + 1));
    outbox.addAll(events);
    return true;
  }

  /** The next append of a customer's message fails, as if the process died before it. */
  public synchronized void crashBeforeNextAppend() {
    crashBeforeAppend = true;
  }

  @Override
  public synchronized boolean appendUnlessWaiting(
      String sessionId, List<EventId> awaited, List<OutboxEvent> events) {
    Session s = byId.get(sessionId);
    if (s == null
        || outbox.stream()
            .anyMatch(e -> awaited.contains(e.id()) && sessionId.equals(e.sessionId()))) {
      return false;
    }
    if (s.isActive()) {
      byId.put(sessionId, unread(s, s.reading().unreadCount() + 1));
    }
    outbox.addAll(events);
    return true;
  }

  private static Session unread(Session s, long count) {
    return new Session(
        s.id(),
        s.clientIdentifier(),
        s.channelId(),
        s.contactId(),
        s.provider(),
        s.client(),
        s.assignment(),
        s.status(),
        s.activity(),
        s.createdAt(),
        s.finishedAt(),
        new Reading(count, s.reading().lastReadAt()));
  }

  @Override
  public synchronized boolean markRead(Session read, long unreadBefore, List<OutboxEvent> events) {
    Session s = byId.get(read.id());
    if (s == null || s.reading().unreadCount() != unreadBefore) {
      return false;
    }
    byId.put(read.id(), read);
    outbox.addAll(events);
    return true;
  }

  /** A message arrives as the next read is about to be stored (what a race would do). */
  public synchronized void arrivesUnread(String sessionId) {
    Session s = byId.get(sessionId);
    byId.put(sessionId, unread(s, s.reading().unreadCount() + 1));
  }

  @Override
  public synchronized void append(
      String sessionId, List<OutboxEvent> events, SessionActivity activity) {
    Session s = byId.get(sessionId);
    byId.put(sessionId, s.withActivity(merged(s.activity(), activity)));
    outbox.addAll(events);
  }

  @Override
  public synchronized boolean finish(Session finished, List<OutboxEvent> events) {
    Session s = byId.get(finished.id());
    if (s == null || !s.isActive()) {
      return false;
    }
    byId.put(finished.id(), finished);
    outbox.addAll(events);
    return true;
  }

  @Override
  public boolean transfer(Session transferred, List<OutboxEvent> events) {
    throw new UnsupportedOperationException("not used by these tests");
  }

  @Override
  public Page<Session> search(SessionQuery query) {
    throw new UnsupportedOperationException("not used by these tests");
  }
}
