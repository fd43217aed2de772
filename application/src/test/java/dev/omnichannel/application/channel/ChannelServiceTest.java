package dev.omnichannel.application.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.fakes.InMemoryChannels;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.channel.UnsupportedCapabilityException;
import dev.omnichannel.domain.provider.ChannelStatusReader;
import dev.omnichannel.domain.provider.NumberValidator;
import dev.omnichannel.domain.provider.ProviderException;
import dev.omnichannel.domain.provider.WebhookConfigurer;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChannelServiceTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  private static final PlatformConfig D360 =
      PlatformConfig.create(
          "aaaaaaaaaaaaaaaaaaaaaaaa",
          ACCOUNT,
          Provider.D360,
          "D360",
          null,
          null,
          "key",
          Instant.EPOCH);

  private final InMemoryChannels channels = new InMemoryChannels();
  private final List<URI> configuredUrls = new ArrayList<>();
  private boolean providerUp;
  private final AtomicInteger ids = new AtomicInteger();

  private final WebhookConfigurer d360Webhooks =
      new WebhookConfigurer() {
        @Override
        public Provider provider() {
          return Provider.D360;
        }

        @Override
        public void configure(PlatformConfig config, Channel channel, URI webhookUrl) {
          if (!providerUp) {
            throw ProviderException.unavailable(Provider.D360, "down");
          }
          configuredUrls.add(webhookUrl);
        }
      };

  private final PlatformConfigRepository configs =
      new PlatformConfigRepository() {
        @Override
        public void insert(PlatformConfig config) {}

        @Override
        public Optional<PlatformConfig> find(ClientIdentifier account, String id) {
          return Optional.of(D360)
              .filter(c -> c.clientIdentifier().equals(account) && c.id().equals(id));
        }

        @Override
        public List<PlatformConfig> list(ClientIdentifier account) {
          return List.of(D360);
        }
      };

  private final ChannelService service =
      new ChannelService(
          channels,
          configs,
          new ProviderPorts<>(List.of(d360Webhooks)),
          new ProviderPorts<ChannelStatusReader>(List.of()),
          new ProviderPorts<NumberValidator>(List.of()),
          new WebhookUrls(URI.create("https://omni.example.com/")),
          () -> String.format("%024x", ids.incrementAndGet()),
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private Channel create() {
    return service.create(
        new CreateChannelCommand(
            ACCOUNT, D360.id(), "Vendas", "5521977776666", ChannelType.WHATSAPP, "crm", null));
  }

  @Test
  void aChannelIsCreatedAndItsWebhookPointedAtItsOwnUrl() {
    providerUp = true;

    Channel channel = create();

    assertThat(channels.storedWebhookConfigured(channel.id())).isTrue();
    assertThat(configuredUrls)
        .singleElement()
        .asString()
        .startsWith(
            "https://omni.example.com/api/webhook/360dialog/"
                + D360.id()
                + "/"
                + channel.id()
                + "?token=");
  }

  @Test
  void aProviderThatIsDownLeavesAStoredChannelThatARetryCompletes() {
    providerUp = false;
    Channel channel = create();
    assertThat(channels.storedWebhookConfigured(channel.id())).isFalse();

    providerUp = true;
    service.configureWebhook(ACCOUNT, channel.id());

    assertThat(channels.storedWebhookConfigured(channel.id())).isTrue();
  }

  @Test
  void aFailedRetryIsReportedAndRecorded() {
    providerUp = false;
    Channel channel = create();

    assertThatThrownBy(() -> service.configureWebhook(ACCOUNT, channel.id()))
        .isInstanceOf(ProviderException.class);
    assertThat(channels.storedWebhookConfigured(channel.id())).isFalse();
  }

  @Test
  void numberValidationIsRefusedOnD360BeforeAnyProviderIsAsked() {
    providerUp = true;
    Channel channel = create();

    assertThatThrownBy(() -> service.validate(ACCOUNT, channel.id(), "5521988887777"))
        .isInstanceOf(UnsupportedCapabilityException.class);
  }
}
