package dev.omnichannel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deployment files cannot be run here (no Docker engine, no cluster), so the build reads them
 * and checks what they must hold: probes on the health endpoints, the secrets from a Secret, a
 * replica set, health checks and a volume (issue #13).
 */
class DeploymentFilesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path DEPLOY = Path.of("..", "deploy");

  @Test
  void theKubernetesDeploymentProbesHealthAndTakesItsSecretsFromTheSecret() throws IOException {
    JsonNode deployment = read("kubernetes/deployment.yaml");
    JsonNode secret = read("kubernetes/secret.yaml");
    JsonNode container = deployment.at("/spec/template/spec/containers/0");

    assertThat(deployment.path("kind").asText()).isEqualTo("Deployment");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    assertThat(container.at("/envFrom/0/secretRef/name").asText())
        .isEqualTo(secret.at("/metadata/name").asText());
    assertThat(fields(secret.path("stringData")))
        .contains(
            "OMNICHANNEL_SECRET_KEY",
            "OMNICHANNEL_ADMIN_API_KEY",
            "QUARKUS_MONGODB_CONNECTION_STRING");
    assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
    assertThat(read("kubernetes/hpa.yaml").at("/spec/scaleTargetRef/name").asText())
        .isEqualTo(deployment.at("/metadata/name").asText());
    assertThat(
            read("kubernetes/service.yaml").at("/spec/selector/app.kubernetes.io~1name").asText())
        .isEqualTo(deployment.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
    JsonNode pdb = read("kubernetes/pdb.yaml");
    assertThat(pdb.path("kind").asText()).isEqualTo("PodDisruptionBudget");
    assertThat(pdb.at("/spec/selector/matchLabels"))
        .isEqualTo(deployment.at("/spec/selector/matchLabels"));
    assertThat(pdb.at("/spec/minAvailable").asInt())
        .isPositive()
        .isLessThan(read("kubernetes/hpa.yaml").at("/spec/minReplicas").asInt());
  }

  @Test
  void theComposeFileRunsAReplicaSetWithHealthChecksAndAVolume() throws IOException {
    JsonNode compose = read("compose.yaml");
    JsonNode mongo = compose.at("/services/mongo");
    JsonNode service = compose.at("/services/omnichannel");

    assertThat(mongo.path("command").toString()).contains("rs0");
    assertThat(mongo.at("/healthcheck/test").toString()).contains("rs.initiate");
    assertThat(mongo.at("/volumes/0").asText()).startsWith("mongo-data:");
    assertThat(fields(compose.path("volumes"))).contains("mongo-data");
    assertThat(service.at("/environment/QUARKUS_MONGODB_CONNECTION_STRING").asText())
        .contains("replicaSet=rs0");
    assertThat(service.at("/healthcheck/test").toString()).contains("/q/health/ready");
    assertThat(service.at("/depends_on/mongo/condition").asText()).isEqualTo("service_healthy");
  }

  @Test
  void theImagesCheckTheirOwnHealth() throws IOException {
    for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native")) {
      assertThat(Files.readString(Path.of("src", "main", "docker", dockerfile)))
          .contains("HEALTHCHECK")
          .contains("/q/health/live");
    }
  }

  private static JsonNode read(String file) throws IOException {
    return YAML.readTree(DEPLOY.resolve(file).toFile());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
