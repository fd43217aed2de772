package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.inbound.InboundMetrics;
import dev.omnichannel.application.inbound.ReceiveWebhookService;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.delivery.EventStore;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.IdGenerator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The provider webhooks' use case (API.md §5, §10). */
public class InboundWiring {

  @Produces
  @Singleton
  ReceiveWebhookService inbound(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionRepository sessions,
      MessageRepository messages,
      EventStore events,
      EventWriter writer,
      MessageEvents messageEvents,
      InboundMetrics metrics,
      MediaRepository media,
      IdGenerator ids,
      Clock clock) {
    return new ReceiveWebhookService(
        channels,
        contacts,
        sessions,
        messages,
        events,
        writer,
        messageEvents,
        metrics,
        media,
        ids,
        clock);
  }
}
