package dev.omnichannel.domain.event;

import java.util.List;

/** A changed aggregate and the events its change brings about. */
public record Changed<T>(T state, List<Event> events) {

  public Changed {
    events = List.copyOf(events);
  }

  public static <T> Changed<T> of(T state, Event... events) {
    return new Changed<>(state, List.of(events));
  }
}
