package dev.omnichannel.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document reads well in generated clients (issue #13): every operation has a unique
 * {@code Tag_method} id under one tag, tags come in the order a user meets them, paging is typed as
 * integers and no schema is named by a counter ({@code Receipt1}).
 */
@QuarkusTest
class OpenApiTest {

  @Test
  void everyOperationHasAUniqueTagScopedIdThatAClientGeneratorCanShorten() throws Exception {
    String document = OpenApiDocument.text();
    // kept for the OpenAPI lint and client generation
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document);
    JsonNode api = new ObjectMapper().readTree(document);

    Map<String, String> ids = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    OpenApiDocument.forEachOperation(
        api,
        (path, method, op) -> {
          String id = op.path("operationId").asText("");
          String tag = op.path("tags").path(0).asText("");
          if (!id.matches("[A-Z][A-Za-z]+_[a-z][A-Za-z0-9]+") || !id.startsWith(tag + "_")) {
            problems.add(method + " " + path + " -> " + id + " [" + tag + "]");
          }
          if (ids.put(id, method + " " + path) != null) {
            problems.add("twice: " + id);
          }
        });

    assertThat(problems).isEmpty();
    assertThat(ids)
        .containsEntry("Contact_create", "post /api/accounts/{clientIdentifier}/contacts")
        .containsEntry("Contact_get", "get /api/accounts/{clientIdentifier}/contacts")
        .containsEntry(
            "Contact_getById", "get /api/accounts/{clientIdentifier}/contacts/{contactId}")
        .containsEntry(
            "Contact_update", "patch /api/accounts/{clientIdentifier}/contacts/{contactId}");
    List<String> tags = new ArrayList<>();
    api.path("tags").forEach(t -> tags.add(t.path("name").asText()));
    assertThat(tags)
        .containsExactly(
            "Access",
            "ProviderConnection",
            "Channel",
            "Contact",
            "Session",
            "Message",
            "Media",
            "Platform",
            "Event",
            "Webhook");
    JsonNode contactsGet = api.at("/paths/~1api~1accounts~1{clientIdentifier}~1contacts/get");
    List<String> integers = new ArrayList<>();
    contactsGet
        .path("parameters")
        .forEach(
            p -> {
              if ("integer".equals(p.at("/schema/type").asText())) {
                integers.add(p.path("name").asText());
              }
            });
    assertThat(integers).contains("page", "limit");
    List<String> counted = new ArrayList<>();
    api.at("/components/schemas")
        .fieldNames()
        .forEachRemaining(
            n -> {
              if (n.matches(".*[A-Za-z]\\d+$")) {
                counted.add(n);
              }
            });
    assertThat(counted).isEmpty();
    // the seed's §1.1 payload is the example agents see in Swagger UI
    assertThat(
            api.at("/components/schemas/CreateContactRequest/examples/0/contactIdentifier")
                .asText())
        .isEqualTo("5521988887777");
    assertThat(api.at("/components/schemas/CreateChannelRequest/properties/channelType/enum"))
        .extracting(JsonNode::asText)
        .contains("whatsapp");
  }

  /**
   * The TypeScript client is generated from a copy of the document kept beside it, so that it can
   * be built without the service; the copy must be the service's own.
   */
  @Test
  void theTypeScriptClientIsGeneratedFromTheServicesOwnDocument() throws Exception {
    String document = OpenApiDocument.text();
    java.nio.file.Path copy = java.nio.file.Path.of("..", "clients", "typescript", "openapi.json");
    if (Boolean.getBoolean("openapi.update")) {
      java.nio.file.Files.writeString(copy, document);
    }
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(copy.toFile()))
        .as(
            "clients/typescript/openapi.json is stale: run ./mvnw verify -pl bootstrap"
                + " -Dtest=OpenApiTest -Dopenapi.update=true")
        .isEqualTo(json.readTree(document));
  }

  @Test
  void theEventTypesOfTheFeedAreTheDomainsOwn() throws Exception {
    JsonNode api = OpenApiDocument.tree();
    List<String> documented = new ArrayList<>();
    api.at("/components/schemas/Event/properties/type/enum")
        .forEach(t -> documented.add(t.asText()));
    assertThat(documented)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(dev.omnichannel.domain.event.EventType.values())
                .map(dev.omnichannel.domain.event.EventType::wireName)
                .toList());
  }
}
