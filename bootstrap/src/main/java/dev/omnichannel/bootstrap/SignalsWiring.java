package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.outbound.OutboundMetrics;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.application.session.ConversationSignals;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.provider.ReadReceipts;
import dev.omnichannel.domain.provider.TypingIndicator;
import dev.omnichannel.domain.session.SessionRepository;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Read receipts and the typing indicator (seed §4.2, §7). */
public class SignalsWiring {

  @Produces
  @Singleton
  ConversationSignals signals(
      SessionRepository sessions,
      ChannelRepository channels,
      PlatformConfigRepository configs,
      ContactRepository contacts,
      MessageRepository messages,
      Instance<ReadReceipts> readers,
      Instance<TypingIndicator> typists,
      EventWriter writer,
      OutboundMetrics metrics,
      Clock clock) {
    return new ConversationSignals(
        sessions,
        channels,
        configs,
        contacts,
        messages,
        new ProviderPorts<>(readers),
        new ProviderPorts<>(typists),
        writer,
        metrics,
        clock);
  }
}
