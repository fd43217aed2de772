package dev.omnichannel.adapters.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.platform.Platform;
import dev.omnichannel.domain.platform.PlatformExistsException;
import dev.omnichannel.domain.platform.PlatformRepository;
import dev.omnichannel.domain.platform.PlatformScope;
import dev.omnichannel.domain.platform.PlatformSecrets;
import dev.omnichannel.domain.platform.SigningSecret;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Secret;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Platforms in {@code platforms}, unique by {@code slugKey} ({@code account:slug}); signing secrets
 * sealed like provider secrets. Reads for routing and delivery come from a cache of {@link #FRESH},
 * emptied here by every change, so other replicas see a change within that time.
 */
@ApplicationScoped
public class MongoPlatformRepository implements PlatformRepository {

  static final Duration FRESH = Duration.ofSeconds(5);

  private final MongoCollection<Document> platforms;
  private final SecretBox secrets;
  private final Cache<String, List<Platform>> byAccount =
      Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();
  private final Cache<String, Optional<Platform>> byId =
      Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();

  MongoPlatformRepository(MongoCollections collections, SecretBox secrets) {
    this.platforms = collections.get("platforms");
    this.secrets = secrets;
  }

  void createIndexes(@Observes StartupEvent ignored) {
    platforms.createIndexes(
        List.of(
            new IndexModel(Indexes.ascending("slugKey"), new IndexOptions().unique(true)),
            new IndexModel(Indexes.ascending("clientIdentifier", "createdAt"))));
  }

  @Override
  public void insert(Platform platform) {
    try {
      platforms.insertOne(toDocument(platform));
    } catch (RuntimeException e) {
      if (DuplicateKeys.isDuplicateKey(e)) {
        throw new PlatformExistsException(platform.slug());
      }
      throw e;
    }
    forget(platform);
  }

  @Override
  public void update(Platform platform) {
    platforms.replaceOne(new Document("_id", new ObjectId(platform.id())), toDocument(platform));
    forget(platform);
  }

  @Override
  public Optional<Platform> find(ClientIdentifier account, String id) {
    return ObjectIds.parse(id)
        .map(oid -> platforms.find(new Document("_id", oid)).first())
        .filter(d -> account.value().equals(d.getString("clientIdentifier")))
        .map(this::toDomain);
  }

  @Override
  public List<Platform> list(ClientIdentifier account) {
    return byAccount.get(
        account.value(),
        a -> {
          List<Platform> found = new ArrayList<>();
          platforms
              .find(new Document("clientIdentifier", a))
              .sort(new Document("createdAt", 1).append("_id", 1))
              .forEach(d -> found.add(toDomain(d)));
          return List.copyOf(found);
        });
  }

  @Override
  public Optional<Platform> findById(String id) {
    return byId.get(
        id,
        key ->
            ObjectIds.parse(key)
                .map(oid -> platforms.find(new Document("_id", oid)).first())
                .map(this::toDomain));
  }

  @Override
  public boolean delete(ClientIdentifier account, String id) {
    Optional<Platform> platform = find(account, id);
    platform.ifPresent(
        p -> {
          platforms.deleteOne(new Document("_id", new ObjectId(p.id())));
          forget(p);
        });
    return platform.isPresent();
  }

  private void forget(Platform platform) {
    byAccount.invalidate(platform.account().value());
    byId.invalidate(platform.id());
  }

  private Document toDocument(Platform p) {
    PlatformSecrets s = p.secrets();
    Document d =
        new Document("_id", new ObjectId(p.id()))
            .append("clientIdentifier", p.account().value())
            .append("slug", p.slug())
            .append("slugKey", p.account().value() + ":" + p.slug())
            .append("name", p.name())
            .append("webhookUrl", p.webhookUrl().toString())
            .append("scope", p.scope().name().toLowerCase(Locale.ROOT))
            .append("events", p.events().stream().map(EventType::wireName).sorted().toList())
            .append("enabled", p.enabled())
            .append("secret", secrets.seal(new Secret(s.current().value())))
            .append("createdAt", Date.from(p.createdAt()))
            .append("updatedAt", Date.from(p.updatedAt()));
    if (s.previous() != null) {
      d.append("previousSecret", secrets.seal(new Secret(s.previous().value())))
          .append("previousUntil", Date.from(s.previousUntil()));
    }
    return d;
  }

  private Platform toDomain(Document d) {
    EnumSet<EventType> events = EnumSet.noneOf(EventType.class);
    d.getList("events", String.class, List.of())
        .forEach(name -> EventType.fromWireName(name).ifPresent(events::add));
    String previous = d.getString("previousSecret");
    Date previousUntil = d.getDate("previousUntil");
    return new Platform(
        d.getObjectId("_id").toHexString(),
        ClientIdentifier.of(d.getString("clientIdentifier")),
        d.getString("slug"),
        d.getString("name"),
        URI.create(d.getString("webhookUrl")),
        PlatformScope.valueOf(d.getString("scope").toUpperCase(Locale.ROOT)),
        events,
        Boolean.TRUE.equals(d.getBoolean("enabled")),
        new PlatformSecrets(
            SigningSecret.of(secrets.open(d.getString("secret")).value()),
            previous == null ? null : SigningSecret.of(secrets.open(previous).value()),
            previousUntil == null ? null : previousUntil.toInstant()),
        d.getDate("createdAt").toInstant(),
        d.getDate("updatedAt").toInstant());
  }
}
