package dev.omnichannel.adapters.http.problem;

import dev.omnichannel.domain.shared.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An RFC 9457 problem body with the stable {@code code} callers branch on. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://omnichannel.dev/problems/";

  private final Map<String, Object> body = new LinkedHashMap<>();
  private final int status;

  private Problem(int status, String code, String title, String detail) {
    this.status = status;
    body.put("type", TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    body.put("title", title);
    body.put("status", status);
    body.put("code", code);
    if (detail != null) {
      body.put("detail", detail);
    }
  }

  public static Problem of(int status, String code, String title, String detail) {
    return new Problem(status, code, title, detail);
  }

  Problem errors(List<FieldError> errors) {
    body.put("errors", errors.stream().map(e -> fieldError(e.field(), e.message())).toList());
    return this;
  }

  private static Map<String, String> fieldError(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  Problem with(Map<String, Object> members) {
    members.forEach(body::putIfAbsent);
    return this;
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(body).build();
  }

  /** The members, for writers outside JAX-RS. */
  public Map<String, Object> body() {
    return body;
  }
}
