package dev.omnichannel.bootstrap.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Malformed and hostile request parts from a seeded {@link Random}: JSON values of every type and
 * size, bodies that are not JSON at all, content types, and query values. The same seed gives the
 * same requests, so a failure can be replayed.
 */
final class Generator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 1_000_000;

  private static final String[] RAW_BODIES = {
    "",
    "{",
    "}",
    "[",
    "null",
    "[]",
    "{}",
    "\"text\"",
    "123",
    "true",
    "{\"a\":1,\"a\":2}",
    "{\"params\":{},\"params\":{}}",
    "{'single':'quotes'}",
    "{\"unterminated\":\"",
    "{\"x\":NaN}",
    "{\"x\":1e999999}",
    "{\"x\":01}",
    "\uFEFF{}",
    "<xml/>",
    "a=b&c=d",
  };

  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json",
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json; charset=iso-8859-1",
    "*/*",
    null,
  };

  private final Random random;
  private final List<String> knownIds;

  Generator(long seed, List<String> knownIds) {
    this.random = new Random(seed);
    this.knownIds = knownIds;
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  String contentType() {
    return CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
  }

  /** A body: an object built on the operation's field names, or something that is not one. */
  byte[] body(List<String> fields) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return RAW_BODIES[random.nextInt(RAW_BODIES.length)].getBytes(StandardCharsets.UTF_8);
    }
    if (kind == 1) {
      return deep();
    }
    if (kind == 2) {
      byte[] bytes = new byte[1 + random.nextInt(64)];
      random.nextBytes(bytes);
      return bytes;
    }
    Map<String, Object> object = new java.util.LinkedHashMap<>();
    for (String field : fields) {
      if (chance(70)) {
        object.put(field, value(0));
      }
    }
    if (fields.isEmpty() || chance(20)) {
      object.put(text(), value(0));
    }
    try {
      byte[] bytes = JSON.writeValueAsBytes(object);
      // Bodies stay under the server's size limit: its refusal of a larger one is the transport's.
      return bytes.length > MAX_BODY ? java.util.Arrays.copyOf(bytes, MAX_BODY) : bytes;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] deep() {
    int depth = 500 + random.nextInt(3000);
    String open = chance(50) ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    return (open.repeat(depth) + "1" + close.repeat(chance(50) ? depth : depth / 2))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON value of any type, sometimes nested, sometimes huge, sometimes an id that exists. */
  Object value(int depth) {
    switch (random.nextInt(depth > 2 ? 12 : 16)) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return pick(List.of(0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE));
      case 3:
        return pick(List.of(1e308, -0.0, 0.5, 3.14159e-300));
      case 4:
        return "";
      case 5:
        return "x".repeat(1 + random.nextInt(10_000));
      case 6:
        return text();
      case 7:
        return pick(knownIds);
      case 8:
        return pick(
            List.of(
                "9223372036854775808",
                "4611686018427387904",
                "2026-13-45T99:99:99Z",
                "1659518400",
                "5521988887777",
                "whatsapp",
                "individual",
                "group",
                "d360",
                "whatsappweb",
                "http://127.0.0.1:1/x",
                "javascript:alert(1)"));
      case 9:
        return "\u0000\u0001\u001f\u007f\r\n\t";
      case 10:
        return "🙂".repeat(1 + random.nextInt(200));
      case 11:
        return pick(List.of("../../etc/passwd", "{\"$gt\":\"\"}", "$where", "a.b", "%00"));
      default:
        if (random.nextBoolean()) {
          List<Object> list = new ArrayList<>();
          int n = random.nextInt(chance(10) ? 200 : 4);
          for (int i = 0; i < n; i++) {
            list.add(value(depth + 1));
          }
          return list;
        }
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          object.put(
              chance(50) ? pick(List.of("$gt", "$ne", "id", "type", "text")) : text(),
              value(depth + 1));
        }
        return object;
    }
  }

  /** A short or odd piece of text. */
  String text() {
    return pick(
        List.of(
            "a",
            "name",
            "ção",
            "' OR 1=1 --",
            "$set",
            "__proto__",
            "null",
            "-1",
            "0x10",
            "😀",
            "a b",
            "<b>",
            "\\u0000"));
  }

  /** A query value: empty, long, negative, not a number, odd characters. */
  String queryValue() {
    return pick(
        List.of(
            "",
            "-1",
            "0",
            "abc",
            "1e9",
            "999999999999999999999",
            "2.5",
            "%00",
            "%FF%FE",
            "a%2Cb%2C%2C",
            "x".repeat(1 + random.nextInt(3000)),
            "%24gt",
            "true",
            "active",
            "asc",
            "DESC",
            pick(knownIds)));
  }

  /** A path segment standing for an id: real, plausible, or odd. */
  String pathValue(String real) {
    if (real != null && chance(60)) {
      return real;
    }
    return pick(
        List.of(
            "6b0734b41c5b933212f4cd74",
            "000000000000000000000000",
            "x",
            "%20",
            "%2e%2e",
            "-1",
            "a".repeat(1 + random.nextInt(1500)),
            "%C3%A7",
            "null",
            "9a92ea44-244c-4cda-86be-6a9e32ba8f34"));
  }

  static List<String> fieldNames(JsonNode schema, JsonNode components) {
    List<String> names = new ArrayList<>();
    JsonNode resolved = resolve(schema, components);
    resolved.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode components) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      return components.path(ref.substring("#/components/schemas/".length()));
    }
    return schema;
  }
}
