package dev.omnichannel.domain.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's reaction to a message (API.md §10): who ({@code author}, the contact's identifier or
 * a group member), which emoji, when. A person has at most one reaction per message; an empty emoji
 * takes theirs away.
 */
public record Reaction(String author, String emoji, Instant at) {

  /** {@code current} after {@code author} reacted with {@code emoji} (empty: removed). */
  public static List<Reaction> apply(
      List<Reaction> current, String author, String emoji, Instant at) {
    List<Reaction> next = new ArrayList<>();
    for (Reaction r : current) {
      if (!r.author().equals(author)) {
        next.add(r);
      }
    }
    if (emoji != null && !emoji.isEmpty()) {
      next.add(new Reaction(author, emoji, at));
    }
    return List.copyOf(next);
  }
}
