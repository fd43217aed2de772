package dev.omnichannel.application.event;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Port: posts a signed event to a platform's webhook. */
public interface WebhookSender {

  /** What the receiver answered: its HTTP status, or {@code null} and the reason it failed. */
  record Answer(Integer statusCode, String error) {}

  Answer post(URI url, Map<String, String> headers, String body, Duration timeout);
}
