package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How D360 deliveries are read: leniently, unlike the agents' API (API.md §10: an authentic
 * delivery is taken). Numbers and strings convert into each other, unknown fields are skipped, and
 * a {@code null} inside a list is dropped, so {@code "messages":[null, {…}]} keeps its message.
 */
public final class LenientJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .withConfigOverride(
              List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP)))
          .build();

  /** One part of a delivery, read the same lenient way. */
  static <T> T read(JsonNode node, Class<T> type) throws JsonProcessingException {
    return MAPPER.treeToValue(node, type);
  }

  @Override
  public ObjectReader apply(ObjectMapper ignored, Type type) {
    return MAPPER.readerFor(MAPPER.constructType(type));
  }
}
