package dev.omnichannel.adapters.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;

/** Platform configs in the {@code platform_configs} collection. */
@ApplicationScoped
public class MongoPlatformConfigRepository
    implements PlatformConfigRepository,
        PanacheMongoRepositoryBase<PlatformConfigDocument, ObjectId> {

  private final SecretBox secrets;

  /** Configs by id, read for every send: cached like channels (emptied here by every change). */
  private final Cache<String, Optional<PlatformConfigDocument>> byId =
      Caffeine.newBuilder()
          .expireAfterWrite(MongoChannelRepository.FRESH)
          .maximumSize(10_000)
          .build();

  MongoPlatformConfigRepository(SecretBox secrets) {
    this.secrets = secrets;
  }

  void createIndexes(@Observes StartupEvent ignored) {
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "createdAt"));
  }

  @Override
  public void insert(PlatformConfig config) {
    persist(toDocument(config));
    byId.invalidate(config.id());
  }

  @Override
  public Optional<PlatformConfig> find(ClientIdentifier account, String id) {
    return byId.get(id, key -> ObjectIds.parse(key).flatMap(this::findByIdOptional))
        .filter(d -> account.value().equals(d.clientIdentifier))
        .map(this::toDomain);
  }

  @Override
  public List<PlatformConfig> list(ClientIdentifier account) {
    return find("clientIdentifier", Sort.ascending("createdAt"), account.value()).stream()
        .map(this::toDomain)
        .toList();
  }

  private PlatformConfigDocument toDocument(PlatformConfig c) {
    PlatformConfigDocument d = new PlatformConfigDocument();
    d.id = new ObjectId(c.id());
    d.clientIdentifier = c.clientIdentifier().value();
    d.provider = c.provider().slug();
    d.name = c.name();
    d.baseUrl = c.baseUrl().toString();
    d.clientNumber = c.clientNumber().map(PhoneNumber::digits).orElse(null);
    d.apiKey = c.apiKey().map(secrets::seal).orElse(null);
    d.createdAt = c.createdAt();
    return d;
  }

  private PlatformConfig toDomain(PlatformConfigDocument d) {
    return PlatformConfig.restore(
        d.id.toHexString(),
        ClientIdentifier.of(d.clientIdentifier),
        Provider.fromSlug(d.provider).orElseThrow(),
        d.name,
        URI.create(d.baseUrl),
        d.clientNumber == null ? null : new PhoneNumber(d.clientNumber),
        d.apiKey == null ? null : secrets.open(d.apiKey),
        d.createdAt);
  }
}
