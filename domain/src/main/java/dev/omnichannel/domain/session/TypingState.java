package dev.omnichannel.domain.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an agent is doing in a conversation, as the customer is shown it. */
public enum TypingState {
  TYPING,
  PAUSED;

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TypingState> fromSlug(String slug) {
    return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
  }
}
