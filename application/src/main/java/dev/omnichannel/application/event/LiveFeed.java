package dev.omnichannel.application.event;

import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.delivery.StoredEvent;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The feed as it grows, for the streams this replica serves. It tails the committed feed (every
 * replica does, so it works whatever replica routed the events) and hands each account's events to
 * its subscribers. A subscriber first catches up from its own position under the same lock the tail
 * takes, so nothing falls between the backlog and the live events.
 */
public class LiveFeed {

  private static final int PAGE = 500;

  private final EventStore events;
  private final Map<String, List<Subscriber>> byAccount = new ConcurrentHashMap<>();
  private long last = -1;

  public LiveFeed(EventStore events) {
    this.events = events;
  }

  /** A stream's receiving end; {@link #closed()} says when to forget it. */
  public interface Subscriber extends Consumer<StoredEvent> {
    boolean closed();
  }

  /**
   * Sends the account's events after {@code position}, then each new one as it is committed.
   *
   * @return a handle that stops the subscription
   */
  public synchronized Runnable subscribe(
      ClientIdentifier account, long position, Subscriber subscriber) {
    start();
    long from = position;
    while (from < last) {
      List<StoredEvent> backlog = events.feed(account, from, PAGE, null, null);
      backlog.stream().filter(e -> e.feedSeq() <= last).forEach(subscriber);
      if (backlog.size() < PAGE || backlog.get(backlog.size() - 1).feedSeq() >= last) {
        break;
      }
      from = backlog.get(backlog.size() - 1).feedSeq();
    }
    List<Subscriber> list =
        byAccount.computeIfAbsent(account.value(), a -> new CopyOnWriteArrayList<>());
    list.add(subscriber);
    return () -> list.remove(subscriber);
  }

  /** Hands newly committed events to their subscribers. */
  public synchronized void poll() {
    start();
    List<StoredEvent> page;
    do {
      page = events.tail(last, PAGE);
      for (StoredEvent e : page) {
        List<Subscriber> subscribers = byAccount.get(e.account().value());
        if (subscribers != null) {
          subscribers.removeIf(Subscriber::closed);
          subscribers.forEach(s -> s.accept(e));
        }
        last = Math.max(last, e.feedSeq());
      }
    } while (page.size() == PAGE);
  }

  /** Live streams start from what is committed when the replica first serves one. */
  private void start() {
    if (last < 0) {
      last = events.committed();
    }
  }

  public boolean hasSubscribers() {
    return byAccount.values().stream().anyMatch(l -> !l.isEmpty());
  }
}
