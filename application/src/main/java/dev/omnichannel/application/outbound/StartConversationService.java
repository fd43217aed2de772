package dev.omnichannel.application.outbound;

import dev.omnichannel.application.session.SessionOpenings;
import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.Template;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reaches a customer first with an approved template: the contact is created if needed, the active
 * session opened or reused, and the template sent — at any time, window or not.
 */
public class StartConversationService implements StartConversationUseCase {

  private final ChannelRepository channels;
  private final ContactRepository contacts;
  private final SessionOpenings openings;
  private final MessageDispatch dispatch;
  private final IdGenerator ids;
  private final Clock clock;

  public StartConversationService(
      ChannelRepository channels,
      ContactRepository contacts,
      SessionOpenings openings,
      MessageDispatch dispatch,
      IdGenerator ids,
      Clock clock) {
    this.channels = channels;
    this.contacts = contacts;
    this.openings = openings;
    this.dispatch = dispatch;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public SendMessageUseCase.Sent start(StartCommand c) {
    Template template = new Template(c.template(), c.language(), c.templateVariables());
    Channel channel = channel(c);
    Capabilities.require(channel.provider(), Capability.TEMPLATES);
    Instant now = clock.instant();
    ContactRepository.Imported imported =
        contacts.importContact(
            new ContactImport(
                c.account(),
                channel.id(),
                ContactIdentifier.of(ContactType.INDIVIDUAL, c.to()),
                ContactType.INDIVIDUAL,
                channel.channelType(),
                c.userName(),
                List.of(),
                null),
            ids.newId(),
            now,
            null);
    Contact contact = imported.contact();
    Session session = openings.activeFor(channel, contact, null, now);
    openings.announce(session, imported, now);
    String messageId =
        dispatch
            .dispatch(session, channel, contact, OutboundMessage.template(template))
            .messageId();
    return new SendMessageUseCase.Sent(session.id(), messageId);
  }

  /** The named channel, else the account's only 360dialog channel. */
  private Channel channel(StartCommand c) {
    if (c.channelId() != null) {
      return channels
          .find(c.account(), c.channelId())
          .orElseThrow(() -> new NotFoundException("channel", c.channelId()));
    }
    List<Channel> d360 =
        channels.list(c.account()).stream().filter(ch -> ch.provider() == Provider.D360).toList();
    if (d360.size() != 1) {
      throw new InvalidInputException(
          "channelId",
          d360.isEmpty()
              ? "the account has no 360dialog channel"
              : "is required: the account has several 360dialog channels");
    }
    return d360.get(0);
  }
}
