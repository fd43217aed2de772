package dev.omnichannel.adapters.http.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The agents' API reads JSON as written: a key given twice is refused (which one would count?), and
 * a value of the wrong JSON type is refused instead of converted ({@code "name":123}, {@code
 * "isIgnored":1}, {@code "tagIds":[true]}, {@code "page":"2"} in a body). Provider deliveries are
 * read by their adapters with their own, lenient reader (API.md §10).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  @SuppressWarnings("deprecation") // configure(MapperFeature) is the way on a built mapper
  public void customize(ObjectMapper mapper) {
    mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    for (CoercionInputShape scalar :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
  }

  @Override
  public int priority() {
    return MINIMUM_PRIORITY; // after Quarkus' own settings
  }
}
