package dev.omnichannel.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

  @Test
  void livenessAnswersUp() {
    given()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Embedded store"));
  }

  @Test
  void readinessChecksMongoDb() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("MongoDB connection health check"));
  }

  @Test
  void metricsAreInPrometheusFormat() {
    given().get("/api/accounts/" + java.util.UUID.randomUUID() + "/contacts");

    given()
        .accept("text/plain")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .body(containsString("# TYPE http_server_requests_seconds"))
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpointWithSchemas() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Omnichannel API"))
        .body("paths.'/api/accounts/{clientIdentifier}/contacts'.post", notNullValue())
        .body("paths.'/api/accounts/{clientIdentifier}/contacts'.get", notNullValue())
        .body("paths.'/api/accounts/{clientIdentifier}/contacts/{contactId}'.patch", notNullValue())
        .body("paths.'/api/accounts/{clientIdentifier}/channels'.post", notNullValue())
        .body(
            "paths.'/api/accounts/{clientIdentifier}/channels/{channelId}/webhook'.post",
            notNullValue())
        .body(
            "paths.'/api/accounts/{clientIdentifier}/channels/{channelId}/status'.get",
            notNullValue())
        .body(
            "paths.'/api/accounts/{clientIdentifier}/channels/{channelId}/validate/{contact}'.get",
            notNullValue())
        .body("paths.'/api/accounts/{clientIdentifier}/platform-configs/{id}'.get", notNullValue())
        .body(
            "components.schemas.CreateContactRequest.properties.contactIdentifier", notNullValue())
        .body("components.schemas.ContactResponse.properties._id", notNullValue())
        .body(
            "paths.'/api/accounts/{clientIdentifier}/contacts'.post.responses.'409'.content.'application/problem+json'.schema.$ref",
            equalTo("#/components/schemas/Problem"))
        .body(
            "paths.'/api/accounts/{clientIdentifier}/contacts'.post.responses.'201'",
            notNullValue())
        .body("components.schemas.Problem.properties.code", notNullValue())
        .body(
            "paths.'/api/accounts/{clientIdentifier}/contacts'.get.responses.'200'.content.'application/json'.schema.$ref",
            equalTo("#/components/schemas/PageResponseContactResponse"))
        .body("paths.'/api/session/{sessionId}'.get", notNullValue())
        .body("paths.'/api/session/finish/{sessionId}'.delete", notNullValue())
        .body("paths.'/api/accounts/{clientIdentifier}/sessions'.get", notNullValue())
        .body(
            "paths.'/api/webhook/360dialog/{platformConfigId}/{channelId}'.post.responses.'401'",
            notNullValue())
        .body("components.securitySchemes.bearerKey.scheme", equalTo("bearer"))
        .body("components.securitySchemes.apiKeyHeader.name", equalTo("X-Api-Key"))
        .body(
            "paths.'/api/accounts/{clientIdentifier}/contacts'.post.security[0]",
            org.hamcrest.Matchers.hasKey("bearerKey"))
        .body(
            "paths.'/api/session/{sessionId}'.get.security[0]",
            org.hamcrest.Matchers.hasKey("bearerKey"))
        .body("paths.'/api/me'.get", notNullValue());
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
