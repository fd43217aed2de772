package dev.omnichannel.adapters.http.security;

/** The problem body of a 401 {@code UNAUTHENTICATED}. */
final class Unauthenticated {

  private static final String BODY =
      "{\"type\":\"https://omnichannel.dev/problems/unauthenticated\",\"title\":\"Unauthenticated\","
          + "\"status\":401,\"code\":\"UNAUTHENTICATED\",\"detail\":\"%s\"}";

  private Unauthenticated() {}

  static String body(boolean keyPresented) {
    return BODY.formatted(
        keyPresented
            ? "The API key is unknown or revoked"
            : "An API key is required: Authorization: Bearer <key> or X-Api-Key: <key>");
  }
}
