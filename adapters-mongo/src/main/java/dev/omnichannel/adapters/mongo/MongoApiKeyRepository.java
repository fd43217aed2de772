package dev.omnichannel.adapters.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.access.ApiKey;
import dev.omnichannel.domain.access.ApiKeyRepository;
import dev.omnichannel.domain.access.KeyHash;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Account keys in {@code api_keys}, found by their unique {@code hash}. Lookups are cached for
 * {@link ApiKey#REVOCATION_DELAY}, so a request costs no database call and a revocation reaches
 * every replica within that delay.
 */
@ApplicationScoped
public class MongoApiKeyRepository implements ApiKeyRepository {

  private final MongoCollection<Document> keys;
  private final Cache<String, Optional<ApiKey>> byHash =
      Caffeine.newBuilder().expireAfterWrite(ApiKey.REVOCATION_DELAY).maximumSize(10_000).build();

  MongoApiKeyRepository(
      MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
    this.keys = client.getDatabase(database).getCollection("api_keys");
  }

  void createIndexes(@Observes StartupEvent ignored) {
    keys.createIndexes(
        List.of(
            new IndexModel(Indexes.ascending("hash"), new IndexOptions().unique(true)),
            new IndexModel(Indexes.ascending("clientIdentifier", "createdAt"))));
  }

  @Override
  public void insert(ApiKey key) {
    keys.insertOne(toDocument(key));
    byHash.invalidate(key.hash().hex());
  }

  @Override
  public Optional<ApiKey> findByHash(KeyHash hash) {
    return byHash.get(
        hash.hex(),
        hex ->
            Optional.ofNullable(keys.find(new Document("hash", hex)).first())
                .map(MongoApiKeyRepository::toDomain));
  }

  @Override
  public Optional<ApiKey> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .map(oid -> keys.find(new Document("_id", oid)).first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(MongoApiKeyRepository::toDomain);
  }

  @Override
  public List<ApiKey> list(ClientIdentifier account) {
    List<ApiKey> found = new ArrayList<>();
    keys.find(new Document("clientIdentifier", account.value()))
        .sort(new Document("createdAt", 1).append("_id", 1))
        .forEach(d -> found.add(toDomain(d)));
    return found;
  }

  @Override
  public void revoke(ApiKey revoked) {
    keys.updateOne(
        new Document("_id", new ObjectId(revoked.id())).append("revokedAt", null),
        new Document("$set", new Document("revokedAt", Date.from(revoked.revokedAt()))));
    byHash.invalidate(revoked.hash().hex());
  }

  @Override
  public void recordUse(String id, Instant now) {
    Date stale = Date.from(now.minus(ApiKey.USE_RECORDING_INTERVAL));
    keys.updateOne(
        new Document("_id", new ObjectId(id))
            .append(
                "$or",
                List.of(
                    new Document("lastUsedAt", null),
                    new Document("lastUsedAt", new Document("$lte", stale)))),
        new Document("$set", new Document("lastUsedAt", Date.from(now))));
  }

  private static Document toDocument(ApiKey k) {
    return new Document("_id", new ObjectId(k.id()))
        .append("clientIdentifier", k.account().value())
        .append("name", k.name())
        .append("prefix", k.prefix())
        .append("hash", k.hash().hex())
        .append("createdAt", Date.from(k.createdAt()));
  }

  private static ApiKey toDomain(Document d) {
    return new ApiKey(
        d.getObjectId("_id").toHexString(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("name"),
        d.getString("prefix"),
        new KeyHash(d.getString("hash")),
        instant(d.getDate("createdAt")),
        instant(d.getDate("lastUsedAt")),
        instant(d.getDate("revokedAt")));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
