package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.media.MediaForwarding;
import dev.omnichannel.application.outbound.DeleteMessageService;
import dev.omnichannel.application.outbound.GroupMessageService;
import dev.omnichannel.application.outbound.IdempotentSends;
import dev.omnichannel.application.outbound.MessageDispatch;
import dev.omnichannel.application.outbound.OutboundMetrics;
import dev.omnichannel.application.outbound.SendMessageService;
import dev.omnichannel.application.outbound.StartConversationService;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.application.session.SessionOpenings;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.outbound.SendRequests;
import dev.omnichannel.domain.provider.MessageDeleter;
import dev.omnichannel.domain.provider.MessageSender;
import dev.omnichannel.domain.session.SessionRepository;
import dev.omnichannel.domain.shared.IdGenerator;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases that send, start and delete messages (API.md §4). */
public class OutboundWiring {

  @Produces
  @Singleton
  MessageDispatch dispatch(
      PlatformConfigRepository configs,
      ContactRepository contacts,
      MessageRepository messages,
      Instance<MessageSender> senders,
      MessageEvents events,
      OutboundMetrics metrics,
      IdGenerator ids,
      Clock clock,
      BesideThreads beside) {
    return new MessageDispatch(
        configs,
        contacts,
        messages,
        new ProviderPorts<>(senders),
        events,
        metrics,
        ids,
        clock,
        beside.executor());
  }

  @Produces
  @Singleton
  SendMessageService sending(
      SessionRepository sessions,
      ChannelRepository channels,
      ContactRepository contacts,
      MessageRepository messages,
      MessageDispatch dispatch,
      MediaForwarding forwarding,
      Clock clock,
      BesideThreads beside) {
    return new SendMessageService(
        sessions, channels, contacts, messages, dispatch, forwarding, clock, beside.executor());
  }

  @Produces
  @Singleton
  IdempotentSends idempotentSends(SendRequests requests, Clock clock) {
    return new IdempotentSends(requests, clock);
  }

  @Produces
  @Singleton
  GroupMessageService groups(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionOpenings openings,
      MessageDispatch dispatch,
      Clock clock) {
    return new GroupMessageService(channels, contacts, openings, dispatch, clock);
  }

  @Produces
  @Singleton
  StartConversationService templates(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionOpenings openings,
      MessageDispatch dispatch,
      IdGenerator ids,
      Clock clock) {
    return new StartConversationService(channels, contacts, openings, dispatch, ids, clock);
  }

  @Produces
  @Singleton
  DeleteMessageService deletes(
      ChannelRepository channels,
      PlatformConfigRepository configs,
      MessageRepository messages,
      Instance<MessageDeleter> deleters,
      MessageEvents events,
      Clock clock) {
    return new DeleteMessageService(
        channels, configs, messages, new ProviderPorts<>(deleters), events, clock);
  }
}
