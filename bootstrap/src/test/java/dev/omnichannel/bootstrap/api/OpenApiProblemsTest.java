package dev.omnichannel.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems in the OpenAPI document are per operation, each under its status (issue #13). */
@QuarkusTest
class OpenApiProblemsTest {

  /**
   * Every operation lists the problems it may answer (issue #13: per operation, not by path
   * prefix), each code under the response of its status.
   */
  @Test
  void everyOperationDocumentsItsOwnProblemsByStatus() throws Exception {
    JsonNode api = OpenApiDocument.tree();
    List<String> problems = new ArrayList<>();
    OpenApiDocument.forEachOperation(
        api,
        (path, method, op) -> {
          String id = op.path("operationId").asText();
          JsonNode codes = op.path("x-problem-codes");
          if (codes.isEmpty()) {
            problems.add(id + " lists no problems");
          }
          codes.forEach(
              code -> {
                boolean documented = false;
                for (JsonNode response : op.path("responses")) {
                  documented |= response.path("description").asText().contains(code.asText() + ":");
                }
                if (!documented) {
                  problems.add(id + ": " + code.asText() + " under no status");
                }
              });
        });
    assertThat(problems).isEmpty();
    JsonNode create = api.at("/paths/~1api~1accounts~1{clientIdentifier}~1contacts/post");
    assertThat(create.at("/responses/409/description").asText()).startsWith("CONTACT_EXISTS:");
    assertThat(create.at("/responses/404/description").asText())
        .contains("ACCOUNT_NOT_FOUND:", "CHANNEL_NOT_FOUND:");
    assertThat(create.at("/responses/401/description").asText()).startsWith("UNAUTHENTICATED:");
    JsonNode webhook =
        api.at("/paths/~1api~1webhook~1360dialog~1{platformConfigId}~1{channelId}/post");
    assertThat(webhook.at("/responses/401/description").asText())
        .startsWith("INVALID_WEBHOOK_TOKEN:");
    assertThat(api.at("/paths/~1api~1accounts~1{clientIdentifier}~1contacts/get/responses/409"))
        .isEmpty();
  }
}
