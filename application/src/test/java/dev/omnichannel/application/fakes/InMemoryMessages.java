package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.message.Message;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusUpdate;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Page;
import dev.omnichannel.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Messages in memory, unique per channel and provider id; statuses are kept and applied by the
 * domain's rule ({@link MessageStatus#winner}), forward only.
 */
public final class InMemoryMessages implements MessageRepository {

  private final Map<String, Message> byKey = new LinkedHashMap<>();
  private final Map<String, List<StatusUpdate>> kept = new LinkedHashMap<>();

  public synchronized List<Message> all() {
    return List.copyOf(byKey.values());
  }

  @Override
  public synchronized boolean insertIfAbsent(Message message) {
    return byKey.putIfAbsent(message.dedupKey(), message) == null;
  }

  @Override
  public synchronized void moveToSession(String channelId, String messageId, String sessionId) {
    byKey.computeIfPresent(
        Message.dedupKey(channelId, messageId), (k, m) -> m.inSession(sessionId));
  }

  @Override
  public synchronized Optional<Message> findByProviderId(String channelId, String messageId) {
    return Optional.ofNullable(byKey.get(Message.dedupKey(channelId, messageId)));
  }

  @Override
  public synchronized Optional<Instant> lastInboundAt(String channelId, String contactId) {
    return byKey.values().stream()
        .filter(m -> m.channelId().equals(channelId) && m.contactId().equals(contactId))
        .map(Message::sentAt)
        .max(Comparator.naturalOrder());
  }

  @Override
  public synchronized Optional<Message> find(ClientIdentifier account, String id) {
    return byKey.values().stream()
        .filter(m -> m.id().equals(id) && m.clientIdentifier().equals(account))
        .findFirst();
  }

  @Override
  public synchronized Optional<Message> latestInbound(ClientIdentifier account, String sessionId) {
    return inbound(account, sessionId).max(Comparator.comparing(Message::sentAt));
  }

  @Override
  public synchronized long inboundAfter(ClientIdentifier account, String sessionId, Instant after) {
    return inbound(account, sessionId).filter(m -> m.sentAt().isAfter(after)).count();
  }

  private java.util.stream.Stream<Message> inbound(ClientIdentifier account, String sessionId) {
    return byKey.values().stream()
        .filter(m -> m.clientIdentifier().equals(account) && m.sessionId().equals(sessionId))
        .filter(m -> m.direction() == dev.omnichannel.domain.message.Direction.IN);
  }

  @Override
  public synchronized Page<Message> ofSession(
      ClientIdentifier account, String sessionId, PageRequest page) {
    List<Message> of =
        byKey.values().stream()
            .filter(m -> m.clientIdentifier().equals(account) && m.sessionId().equals(sessionId))
            .sorted(Comparator.comparing(Message::sentAt))
            .toList();
    List<Message> data = of.stream().skip(page.offset()).limit(page.limit()).toList();
    return new Page<>(data, page.page(), page.limit(), of.size());
  }

  @Override
  public synchronized void keepStatus(StatusUpdate update) {
    List<StatusUpdate> list = kept.computeIfAbsent(update.dedupKey(), k -> new ArrayList<>());
    if (list.stream().noneMatch(u -> u.status() == update.status())) {
      list.add(update);
    }
  }

  @Override
  public synchronized Optional<Message> applyKeptStatuses(String channelId, String messageId) {
    String key = Message.dedupKey(channelId, messageId);
    Message stored = byKey.get(key);
    Optional<MessageStatus> target =
        MessageStatus.winner(
            kept.getOrDefault(key, List.of()).stream().map(StatusUpdate::status).toList());
    if (stored == null || target.isEmpty() || !stored.status().canAdvanceTo(target.get())) {
      return Optional.empty();
    }
    Message moved = stored.withStatus(target.get());
    byKey.put(key, moved);
    return Optional.of(moved);
  }

  @Override
  public synchronized void saveKeptMedia(
      String channelId, String messageId, dev.omnichannel.domain.media.KeptMedia kept) {
    byKey.computeIfPresent(
        Message.dedupKey(channelId, messageId), (k, m) -> m.with(m.details().withKept(kept)));
  }

  @Override
  public synchronized void saveReactions(Message message) {
    byKey.put(message.dedupKey(), message);
  }

  @Override
  public synchronized void saveEdit(Message message) {
    byKey.put(message.dedupKey(), message);
  }
}
