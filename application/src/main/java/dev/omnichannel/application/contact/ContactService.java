package dev.omnichannel.application.contact;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactChanges;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactQuery;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.IdGenerator;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.NotFoundException;
import dev.omnichannel.domain.shared.Page;
import java.time.Clock;
import java.util.List;

/** Creates, changes and finds contacts; each change writes its event with it. */
public class ContactService
    implements CreateContactUseCase, UpdateContactUseCase, FindContactsQuery {

  private final ContactRepository contacts;
  private final ChannelRepository channels;
  private final IdGenerator ids;
  private final EventWriter writer;
  private final Clock clock;

  public ContactService(
      ContactRepository contacts,
      ChannelRepository channels,
      EventWriter writer,
      IdGenerator ids,
      Clock clock) {
    this.contacts = contacts;
    this.channels = channels;
    this.writer = writer;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Contact create(CreateContactCommand c) {
    Channel channel =
        channels
            .find(c.account(), c.channelId())
            .orElseThrow(() -> new NotFoundException("channel", c.channelId()));
    if (c.channelType() != channel.channelType()) {
      throw new InvalidInputException(
          "channelType", "must be '" + channel.channelType().slug() + "', the channel's type");
    }
    Contact contact =
        Contact.create(
            new ContactData(
                ids.newId(),
                c.account(),
                channel.id(),
                ContactIdentifier.of(c.type(), c.contactIdentifier()),
                c.type(),
                c.channelType(),
                c.name(),
                c.customName(),
                c.platform(),
                c.photo(),
                c.tagIds(),
                c.ignored(),
                participants(c.type(), c.participants()),
                null,
                null,
                null),
            clock.instant());
    contacts.insert(contact, writer.outbox(List.of(contact.createdEvent(clock.instant()))));
    writer.written();
    return contact;
  }

  private static List<String> participants(ContactType type, List<String> participants) {
    if (participants == null || participants.isEmpty()) {
      return List.of();
    }
    if (type != ContactType.GROUP) {
      throw new InvalidInputException("participants", "only a group has participants");
    }
    return participants.stream()
        .map(p -> PhoneNumber.parse(p, "participants").digits())
        .distinct()
        .toList();
  }

  @Override
  public Contact update(UpdateContactCommand c) {
    Contact contact = get(c.account(), c.contactId());
    ContactType type = contact.data().type();
    contact.apply(
        new ContactChanges(
            c.contactIdentifier().map(raw -> ContactIdentifier.of(type, raw)),
            c.name(),
            c.customName(),
            c.platform(),
            c.photo(),
            c.tagIds(),
            c.ignored()),
        clock.instant());
    contacts.update(contact, writer.outbox(List.of(contact.updatedEvent(clock.instant()))));
    writer.written();
    return contact;
  }

  @Override
  public Contact get(ClientIdentifier account, String contactId) {
    return contacts
        .find(account, contactId)
        .orElseThrow(() -> new NotFoundException("contact", contactId));
  }

  @Override
  public Page<Contact> search(ContactQuery query) {
    return contacts.search(query);
  }
}
