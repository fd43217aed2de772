package dev.omnichannel.application.fakes;

import dev.omnichannel.application.event.EventRenderer;
import dev.omnichannel.application.event.EventSignals;
import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.inbound.InboundMetrics;
import dev.omnichannel.application.inbound.ReceiveWebhookService;
import dev.omnichannel.application.inbound.WebhookCall;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Secret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One account's channels, contacts, sessions and messages in memory, with the receive use case over
 * them: what the inbound and conversation tests start from.
 */
public final class InboundWorld {

  public static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  public static final String TOKEN = "webhook-token-0123456789";

  public final InMemoryChannels channels = new InMemoryChannels();
  public final InMemoryContacts contacts = new InMemoryContacts();
  public final InMemorySessions sessions = new InMemorySessions();
  public final InMemoryMessages messages = new InMemoryMessages();
  public final InMemoryMedia media = new InMemoryMedia();
  public final InMemoryEvents events = new InMemoryEvents();
  public final Configs configs = new Configs();
  public final TestClock clock = new TestClock(T0);
  private final SequentialIds ids = new SequentialIds();

  /** The events in the sessions' outboxes each time the router was told of new ones. */
  public final List<Integer> signalledWith = new ArrayList<>();

  public final EventWriter writer = new EventWriter(new Bodies(), new CountedSignals());

  public ReceiveWebhookService receiving(InboundMetrics metrics) {
    return new ReceiveWebhookService(
        channels,
        contacts,
        sessions,
        messages,
        events,
        writer,
        new MessageEvents(sessions, contacts, writer),
        metrics,
        media,
        ids,
        clock);
  }

  /** A 360dialog delivery on channel {@code c1}: the text "Oi" from Ana (5521988887777). */
  public static InboundDelivery textFromAna(String messageId) {
    return new InboundDelivery(
        List.of(
            new InboundMessage(
                messageId, "5521988887777", "Ana", null, T0, MessageKind.TEXT, "Oi", null, null)),
        List.of());
  }

  /** An authentic 360dialog webhook call on channel {@code c1} ({@link #channel}). */
  public static WebhookCall callOnC1() {
    return new WebhookCall(Provider.D360, "pc-c1", "c1", TOKEN);
  }

  /** A channel {@code id} of the provider, with its platform config {@code pc-<id>}. */
  public Channel channel(String id, Provider provider) {
    PlatformConfig config =
        PlatformConfig.create(
            "pc-" + id,
            ACCOUNT,
            provider,
            provider.slug(),
            "https://gateway.example.com",
            provider == Provider.WHATSAPP_WEB ? "5521999990000" : null,
            provider == Provider.D360 ? "d360-key" : null,
            T0);
    configs.byId.put(config.id(), config);
    Channel channel =
        new Channel.Builder()
            .id(id)
            .clientIdentifier(ACCOUNT)
            .platformConfigId(config.id())
            .provider(provider)
            .name("Vendas")
            .phoneNumber(PhoneNumber.parse("5521999990000", "phoneNumber"))
            .channelType(ChannelType.WHATSAPP)
            .defaultPlatform("crm")
            .webhookToken(new Secret(TOKEN))
            .signMessages(false)
            .createdAt(T0)
            .updatedAt(T0)
            .restore();
    channels.insert(channel);
    return channel;
  }

  /** Platform configs in memory. */
  public static final class Configs implements PlatformConfigRepository {
    private final Map<String, PlatformConfig> byId = new LinkedHashMap<>();

    @Override
    public void insert(PlatformConfig config) {
      byId.put(config.id(), config);
    }

    @Override
    public Optional<PlatformConfig> find(ClientIdentifier account, String id) {
      return Optional.ofNullable(byId.get(id)).filter(c -> c.clientIdentifier().equals(account));
    }

    @Override
    public List<PlatformConfig> list(ClientIdentifier account) {
      return byId.values().stream().filter(c -> c.clientIdentifier().equals(account)).toList();
    }
  }

  private static final class Bodies implements EventRenderer {
    @Override
    public String data(Event event) {
      return "{}";
    }

    @Override
    public String envelope(OutboxEvent e, Long sequence) {
      return "{}";
    }
  }

  private final class CountedSignals implements EventSignals {
    @Override
    public void eventsWritten() {
      signalledWith.add(sessions.outbox().size());
    }

    @Override
    public void deliveriesDue() {}

    @Override
    public void deliveriesDue(int count) {}

    @Override
    public void feedCommitted() {}
  }
}
