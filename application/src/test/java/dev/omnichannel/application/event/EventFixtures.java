package dev.omnichannel.application.event;

import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformScope;
import dev.omnichannel.domain.platform.SigningSecret;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Events, platforms and the small port stand-ins the event tests share. */
final class EventFixtures {

  static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private EventFixtures() {}

  static OutboxEvent event(String cause, EventType type, String sessionId, String... platforms) {
    return new OutboxEvent(
        EventId.derived(type, cause, T0),
        type,
        T0,
        ACCOUNT,
        sessionId,
        Set.of(platforms),
        sessionId == null ? "contact:c1" : sessionId,
        "{\"cause\":\"" + cause + "\"}");
  }

  static Platform platform(
      String id, String slug, PlatformScope scope, Set<EventType> events, boolean enabled) {
    return Platform.register(
        id,
        ACCOUNT,
        slug,
        new Platform.Settings(slug, "http://127.0.0.1:9/" + slug, scope, events, enabled),
        SigningSecret.generate(),
        T0);
  }

  /** Writes bodies that show the sequence, so tests can read it back. */
  static final class Renderer implements EventRenderer {
    @Override
    public String data(Event event) {
      return "{}";
    }

    @Override
    public String envelope(OutboxEvent e, Long sequence) {
      return "{\"id\":\"" + e.id() + "\",\"sequence\":" + sequence + "}";
    }
  }

  /** Counts the wake-ups. */
  static final class Signals implements EventSignals {
    int written;
    int due;
    int dueCounted;
    int committed;

    @Override
    public void eventsWritten() {
      written++;
    }

    @Override
    public void deliveriesDue() {
      due++;
    }

    @Override
    public void deliveriesDue(int count) {
      due++;
      dueCounted += count;
    }

    @Override
    public void feedCommitted() {
      committed++;
    }
  }

  /** Records every post and answers from a script (the last answer repeats). */
  static final class Sender implements WebhookSender {
    record Post(java.net.URI url, java.util.Map<String, String> headers, String body) {}

    final List<Post> posts = new ArrayList<>();
    private final List<Answer> script = new ArrayList<>();

    Sender answering(Answer... answers) {
      script.addAll(List.of(answers));
      return this;
    }

    @Override
    public Answer post(
        java.net.URI url,
        java.util.Map<String, String> headers,
        String body,
        java.time.Duration timeout) {
      posts.add(new Post(url, headers, body));
      return script.size() > 1 ? script.remove(0) : script.get(0);
    }
  }
}
