package dev.omnichannel.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The running service's OpenAPI document, and a walk over its operations. */
final class OpenApiDocument {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  /** One operation of the document. */
  interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  private OpenApiDocument() {}

  static String text() {
    return RestAssured.get("/q/openapi?format=json").then().statusCode(200).extract().asString();
  }

  static JsonNode tree() {
    try {
      return new ObjectMapper().readTree(text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void forEachOperation(JsonNode api, OperationVisitor visitor) {
    api.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                METHODS.forEach(
                    method -> {
                      JsonNode op = path.getValue().path(method);
                      if (!op.isMissingNode()) {
                        visitor.visit(path.getKey(), method, op);
                      }
                    }));
  }
}
