package dev.omnichannel.adapters.http.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become HTTP: every refusal leaves as {@code application/problem+json} with
 * a stable {@code code}. Resources never catch use-case exceptions.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response domain(DomainException e) {
    Problem problem =
        Problem.of(status(e.category()), e.code(), e.title(), e.getMessage()).with(e.details());
    if (e instanceof InvalidInputException invalid) {
      problem.errors(invalid.errors());
    }
    Response response = problem.toResponse();
    Object retryAfter = e.details().get("retryAfter");
    return retryAfter == null
        ? response
        : Response.fromResponse(response).header("Retry-After", retryAfter).build();
  }

  static int status(DomainException.Category category) {
    return switch (category) {
      case INVALID_INPUT -> 400;
      case UNAUTHORIZED -> 401;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNPROCESSABLE -> 422;
      case RATE_LIMITED -> 429;
      case UPSTREAM_FAILURE -> 502;
      case UPSTREAM_UNAVAILABLE -> 503;
    };
  }

  @ServerExceptionMapper
  public Response constraintViolations(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return invalid(errors);
  }

  /** {@code create.request.tagIds[2]} → {@code tagIds[2]}; a query parameter keeps its name. */
  private static String field(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
    String parameter = null;
    while (nodes.hasNext()) {
      Path.Node node = nodes.next();
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY) {
        names.add(node.getName());
      } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
        names.add(
            names.isEmpty()
                ? "[" + node.getIndex() + "]"
                : names.remove(names.size() - 1) + "[" + node.getIndex() + "]");
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return String.join(".", names);
  }

  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e) {
    return unreadableJson(e);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonParseException e) {
    return unreadableJson(e);
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return invalid(List.of(new FieldError(path(unknown), "is not a known field")));
    }
    if (e instanceof InvalidFormatException format) {
      return invalid(
          List.of(
              new FieldError(
                  path(format),
                  "must be a " + format.getTargetType().getSimpleName().toLowerCase(Locale.ROOT))));
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return invalid(List.of(new FieldError(path(mapping), "has the wrong type")));
    }
    return Problem.of(400, "MALFORMED_JSON", "Malformed JSON", "The request body is not valid JSON")
        .toResponse();
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e);
    }
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json);
    }
    Response.StatusType type = e.getResponse().getStatusInfo();
    String code = type.getReasonPhrase().toUpperCase(Locale.ROOT).replace(' ', '_');
    return Problem.of(status, code, type.getReasonPhrase(), e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    if (clientWentAway(e)) {
      // Not a failure of ours: nobody is left to answer, and nothing was stored (the body was
      // still being read). Under load these would bury the real errors.
      LOG.debugf("The client closed the connection before its request was read: %s", e);
      return Problem.of(
              400, "REQUEST_ABORTED", "Request aborted", "The connection closed mid-request")
          .toResponse();
    }
    LOG.error("Unexpected failure", e);
    return Problem.of(500, "INTERNAL_ERROR", "Internal error", "An unexpected error occurred")
        .toResponse();
  }

  /** The connection closed while the request was being read (Vert.x says so in the chain). */
  static boolean clientWentAway(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.equals("io.vertx.core.http.HttpClosedException")
          || t instanceof java.nio.channels.ClosedChannelException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static Response invalid(List<FieldError> errors) {
    return Problem.of(400, "VALIDATION_FAILED", "Invalid input", "The request has invalid fields")
        .errors(errors)
        .toResponse();
  }
}
