package dev.omnichannel.adapters.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.Indexes;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.types.ObjectId;

/** Channels in the {@code channels} collection. */
@ApplicationScoped
public class MongoChannelRepository
    implements ChannelRepository, PanacheMongoRepositoryBase<ChannelDocument, ObjectId> {

  private final SecretBox secrets;

  /**
   * Channels by id, read for every webhook and send: cached for {@link #FRESH}, emptied here by
   * every change, so other replicas see a change within that time. The domain's channel is kept,
   * its token decrypted once per load rather than at every read (a tenth of a millisecond each).
   */
  private final Cache<String, Optional<Channel>> byId =
      Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();

  static final java.time.Duration FRESH = java.time.Duration.ofSeconds(5);

  MongoChannelRepository(SecretBox secrets) {
    this.secrets = secrets;
  }

  void createIndexes(@Observes StartupEvent ignored) {
    mongoCollection().createIndex(Indexes.ascending("clientIdentifier", "createdAt"));
  }

  @Override
  public void insert(Channel channel) {
    persist(toDocument(channel));
    byId.invalidate(channel.id());
  }

  @Override
  public void update(Channel channel) {
    PanacheMongoRepositoryBase.super.update(toDocument(channel));
    byId.invalidate(channel.id());
  }

  @Override
  public Optional<Channel> find(ClientIdentifier account, String id) {
    return findById(id).filter(c -> c.clientIdentifier().equals(account));
  }

  @Override
  public Optional<Channel> findById(String id) {
    return byId.get(
        id, key -> ObjectIds.parse(key).flatMap(this::findByIdOptional).map(this::toDomain));
  }

  @Override
  public Optional<Channel> findByNumber(
      ClientIdentifier account, Provider provider, String phoneNumber) {
    return find(
            "clientIdentifier = ?1 and provider = ?2 and phoneNumber = ?3",
            account.value(),
            provider.slug(),
            phoneNumber)
        .<ChannelDocument>firstResultOptional()
        .map(this::toDomain);
  }

  @Override
  public List<Channel> list(ClientIdentifier account) {
    return find("clientIdentifier", Sort.ascending("createdAt"), account.value()).stream()
        .map(this::toDomain)
        .toList();
  }

  private ChannelDocument toDocument(Channel c) {
    ChannelDocument d = new ChannelDocument();
    d.id = new ObjectId(c.id());
    d.clientIdentifier = c.clientIdentifier().value();
    d.platformConfigId = c.platformConfigId();
    d.provider = c.provider().slug();
    d.name = c.name();
    d.phoneNumber = c.phoneNumber().digits();
    d.channelType = c.channelType().slug();
    d.defaultPlatform = c.defaultPlatform();
    d.webhookToken = secrets.seal(c.webhookToken());
    d.signMessages = c.signMessages();
    d.webhookConfigured = c.webhookConfigured();
    d.createdAt = c.createdAt();
    d.updatedAt = c.updatedAt();
    return d;
  }

  private Channel toDomain(ChannelDocument d) {
    return new Channel.Builder()
        .id(d.id.toHexString())
        .clientIdentifier(ClientIdentifier.of(d.clientIdentifier))
        .platformConfigId(d.platformConfigId)
        .provider(Provider.fromSlug(d.provider).orElseThrow())
        .name(d.name)
        .phoneNumber(new PhoneNumber(d.phoneNumber))
        .channelType(ChannelType.valueOf(d.channelType.toUpperCase(Locale.ROOT)))
        .defaultPlatform(d.defaultPlatform)
        .webhookToken(secrets.open(d.webhookToken))
        .signMessages(d.signMessages)
        .webhookConfigured(d.webhookConfigured)
        .createdAt(d.createdAt)
        .updatedAt(d.updatedAt)
        .restore();
  }
}
