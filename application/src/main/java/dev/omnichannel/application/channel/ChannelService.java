package dev.omnichannel.application.channel;

import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.ChannelStatus;
import dev.omnichannel.domain.channel.NumberValidation;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.provider.ChannelStatusReader;
import dev.omnichannel.domain.provider.NumberValidator;
import dev.omnichannel.domain.provider.ProviderException;
import dev.omnichannel.domain.provider.WebhookConfigurer;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import dev.omnichannel.domain.shared.Secret;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Creates channels, keeps their provider webhook pointed at us, and relays provider queries. */
public class ChannelService
    implements CreateChannelUseCase,
        ConfigureWebhookUseCase,
        FindChannelsQuery,
        ChannelConnectionQuery {

  private static final Logger LOG = Logger.getLogger(ChannelService.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ChannelRepository channels;
  private final PlatformConfigRepository configs;
  private final ProviderPorts<WebhookConfigurer> webhookConfigurers;
  private final ProviderPorts<ChannelStatusReader> statusReaders;
  private final ProviderPorts<NumberValidator> numberValidators;
  private final WebhookUrls webhookUrls;
  private final IdGenerator ids;
  private final Clock clock;

  public ChannelService(
      ChannelRepository channels,
      PlatformConfigRepository configs,
      ProviderPorts<WebhookConfigurer> webhookConfigurers,
      ProviderPorts<ChannelStatusReader> statusReaders,
      ProviderPorts<NumberValidator> numberValidators,
      WebhookUrls webhookUrls,
      IdGenerator ids,
      Clock clock) {
    this.channels = channels;
    this.configs = configs;
    this.webhookConfigurers = webhookConfigurers;
    this.statusReaders = statusReaders;
    this.numberValidators = numberValidators;
    this.webhookUrls = webhookUrls;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Channel create(CreateChannelCommand c) {
    if (!c.channelType().isServed()) {
      throw new InvalidInputException("channelType", "must be 'whatsapp' for now");
    }
    PlatformConfig config = config(c.account(), c.platformConfigId());
    Channel channel =
        Channel.create(
            ids.newId(),
            config,
            c.name(),
            PhoneNumber.parse(c.phoneNumber(), "phoneNumber"),
            c.channelType(),
            c.defaultPlatform(),
            c.signMessages(),
            newToken(),
            clock.instant());
    channels.insert(channel);
    try {
      pointWebhook(config, channel);
    } catch (ProviderException e) {
      LOG.log(
          Level.WARNING,
          "Channel {0} created, but its {1} webhook could not be configured: {2}",
          new Object[] {channel.id(), config.provider().slug(), e.code()});
    }
    return channel;
  }

  @Override
  public Channel configureWebhook(ClientIdentifier account, String channelId) {
    Channel channel = get(account, channelId);
    pointWebhook(config(account, channel.platformConfigId()), channel);
    return channel;
  }

  /** Configures the provider and records the outcome, so a failure can be retried later. */
  private void pointWebhook(PlatformConfig config, Channel channel) {
    try {
      webhookConfigurers
          .of(config.provider())
          .configure(config, channel, webhookUrls.withToken(channel));
      channel.webhookConfigurationResult(true, clock.instant());
    } catch (ProviderException e) {
      channel.webhookConfigurationResult(false, clock.instant());
      throw e;
    } finally {
      channels.update(channel);
    }
  }

  @Override
  public Channel get(ClientIdentifier account, String channelId) {
    return channels
        .find(account, channelId)
        .orElseThrow(() -> new NotFoundException("channel", channelId));
  }

  @Override
  public List<Channel> list(ClientIdentifier account) {
    return channels.list(account);
  }

  @Override
  public ChannelStatus status(ClientIdentifier account, String channelId) {
    Channel channel = get(account, channelId);
    PlatformConfig config = config(account, channel.platformConfigId());
    return statusReaders.of(config.provider()).status(config, channel);
  }

  @Override
  public NumberValidation validate(ClientIdentifier account, String channelId, String contact) {
    Channel channel = get(account, channelId);
    Capabilities.require(channel.provider(), Capability.NUMBER_VALIDATION);
    PhoneNumber number = PhoneNumber.parse(contact, "contact");
    PlatformConfig config = config(account, channel.platformConfigId());
    return numberValidators.of(config.provider()).validate(config, channel, number);
  }

  private PlatformConfig config(ClientIdentifier account, String id) {
    return configs
        .find(account, id)
        .orElseThrow(() -> new NotFoundException("platform config", id));
  }

  private static Secret newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }
}
