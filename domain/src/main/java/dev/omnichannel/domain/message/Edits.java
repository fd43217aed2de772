package dev.omnichannel.domain.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message's history of changes (API.md §10): when it was last edited and the texts it had before,
 * oldest first. Nothing a customer wrote is lost to an edit.
 */
public record Edits(Instant editedAt, List<String> earlier) {

  public static final Edits NONE = new Edits(null, List.of());

  public Edits {
    earlier = earlier == null ? List.of() : List.copyOf(earlier);
  }

  /** The history after the text {@code was} was replaced at {@code at}. */
  public Edits after(String was, Instant at) {
    List<String> texts = new ArrayList<>(earlier);
    texts.add(was == null ? "" : was);
    return new Edits(at, texts);
  }

  public boolean isEmpty() {
    return editedAt == null;
  }
}
