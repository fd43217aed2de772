package dev.omnichannel.bootstrap;

import com.mongodb.client.MongoClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when MongoDB answers a ping on the client the service uses. Quarkus's own check ({@code
 * quarkus.mongodb.health.enabled}, off) also pings through a reactive client that nothing else
 * uses: the first probe created it — its driver classes, its connection pool — and took over a
 * second of every start.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

  static final String NAME = "MongoDB connection health check";

  private final MongoClient client;
  private final String database;

  StoreReadiness(
      MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    this.client = client;
    this.database = database;
  }

  @Override
  public HealthCheckResponse call() {
    try {
      client.getDatabase(database).runCommand(new Document("ping", 1));
      return HealthCheckResponse.up(NAME);
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
