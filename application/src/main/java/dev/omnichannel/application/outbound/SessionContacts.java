package dev.omnichannel.application.outbound;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which contact a session is with, as this replica last read it, for the sessions sent to most
 * recently. A session never changes its contact, so what is remembered cannot go stale (nor differ
 * between replicas): a send in a known session reads its contact beside the session instead of
 * after it. Keyed by account too, so a session id never names another account's contact here.
 */
final class SessionContacts {

  /** Sessions remembered at most: ~100 bytes each. */
  static final int CAPACITY = 10_000;

  private final Map<String, String> known =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized Optional<String> contactOf(ClientIdentifier account, String sessionId) {
    return Optional.ofNullable(known.get(key(account, sessionId)));
  }

  synchronized void remember(ClientIdentifier account, String sessionId, String contactId) {
    known.put(key(account, sessionId), contactId);
  }

  private static String key(ClientIdentifier account, String sessionId) {
    return account.value() + '\u0000' + sessionId;
  }
}
