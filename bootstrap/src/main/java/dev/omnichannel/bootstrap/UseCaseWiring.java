package dev.omnichannel.bootstrap;

import dev.omnichannel.application.access.AccessService;
import dev.omnichannel.application.channel.ChannelService;
import dev.omnichannel.application.channel.WebhookUrls;
import dev.omnichannel.application.contact.ContactService;
import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.outbound.SendMessageUseCase;
import dev.omnichannel.application.platform.PlatformConfigService;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.application.session.SessionService;
import dev.omnichannel.application.session.TransferSessionService;
import dev.omnichannel.domain.access.ApiKeyRepository;
import dev.omnichannel.domain.access.OperatorKey;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.provider.ChannelStatusReader;
import dev.omnichannel.domain.provider.NumberValidator;
import dev.omnichannel.domain.provider.WebhookConfigurer;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.IdGenerator;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place the plain-Java use cases meet their ports: the adapters' beans are handed to the
 * application services here, so neither the application nor an adapter wires anything.
 */
public class UseCaseWiring {

  /** Millisecond ticks: what MongoDB stores and the API writes. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.tickMillis(ZoneOffset.UTC);
  }

  /**
   * The operator key of {@code OMNICHANNEL_ADMIN_API_KEY} (or the data dir's); absent = disabled.
   */
  @Produces
  @Singleton
  OperatorKey operatorKey(
      @ConfigProperty(name = "omnichannel.admin-api-key") Optional<String> configured) {
    return OperatorKey.of(configured.orElse(null));
  }

  @Produces
  @Singleton
  AccessService access(ApiKeyRepository keys, OperatorKey operator, IdGenerator ids, Clock clock) {
    return new AccessService(keys, operator, ids, clock);
  }

  @Produces
  @Singleton
  WebhookUrls webhookUrls(@ConfigProperty(name = "omnichannel.public-url") URI publicUrl) {
    return new WebhookUrls(publicUrl);
  }

  @Produces
  @Singleton
  PlatformConfigService platformConfigs(
      PlatformConfigRepository configs, IdGenerator ids, Clock clock) {
    return new PlatformConfigService(configs, ids, clock);
  }

  @Produces
  @Singleton
  ChannelService channels(
      ChannelRepository channels,
      PlatformConfigRepository configs,
      Instance<WebhookConfigurer> webhookConfigurers,
      Instance<ChannelStatusReader> statusReaders,
      Instance<NumberValidator> numberValidators,
      WebhookUrls webhookUrls,
      IdGenerator ids,
      Clock clock) {
    return new ChannelService(
        channels,
        configs,
        new ProviderPorts<>(webhookConfigurers),
        new ProviderPorts<>(statusReaders),
        new ProviderPorts<>(numberValidators),
        webhookUrls,
        ids,
        clock);
  }

  @Produces
  @Singleton
  TransferSessionService transfers(
      SessionRepository sessions, SendMessageUseCase send, EventWriter writer, Clock clock) {
    return new TransferSessionService(sessions, send, writer, clock);
  }

  @Produces
  @Singleton
  SessionService sessions(
      SessionRepository sessions, MessageRepository messages, EventWriter writer, Clock clock) {
    return new SessionService(sessions, messages, writer, clock);
  }

  @Produces
  @Singleton
  ContactService contacts(
      ContactRepository contacts,
      ChannelRepository channels,
      EventWriter writer,
      IdGenerator ids,
      Clock clock) {
    return new ContactService(contacts, channels, writer, ids, clock);
  }
}
