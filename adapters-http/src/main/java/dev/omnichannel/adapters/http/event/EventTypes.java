package dev.omnichannel.adapters.http.event;

import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.FieldError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Event type names as callers write them; every unknown one is named in the refusal. */
public final class EventTypes {

  public static final String ALL =
      Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));

  private EventTypes() {}

  /** {@code null} stays {@code null} (not given). */
  public static Set<EventType> read(List<String> names, String field, List<FieldError> errors) {
    if (names == null) {
      return null;
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      var type =
          name == null
              ? java.util.Optional.<EventType>empty()
              : EventType.fromWireName(name.trim());
      if (type.isEmpty()) {
        errors.add(new FieldError(field + "[" + i + "]", "must be one of " + ALL));
      } else {
        types.add(type.get());
      }
    }
    return types;
  }

  public static List<String> names(Set<EventType> types) {
    return types.stream().map(EventType::wireName).sorted().toList();
  }
}
