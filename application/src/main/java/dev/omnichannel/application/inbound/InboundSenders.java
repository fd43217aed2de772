package dev.omnichannel.application.inbound;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.inbound.GroupInfo;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.shared.DomainException;
import java.util.List;

/** Who a delivered message is from, as a contact import (API.md §10: every identity form). */
final class InboundSenders {

  private final ContactRepository contacts;

  InboundSenders(ContactRepository contacts) {
    this.contacts = contacts;
  }

  /**
   * A sender without a phone is the contact their LID or BSUID was linked to, when one was: the
   * import then refreshes that contact instead of making a second one (API.md §10).
   */
  private ContactImport linked(ContactImport contact) {
    if (contact.type() == ContactType.GROUP || contact.identifier().phoneNumber().isPresent()) {
      return contact;
    }
    return contacts
        .findByAlias(contact.account(), contact.channelId(), contact.identifier().value())
        .map(existing -> contact.as(existing.data().identifier()))
        .orElse(contact);
  }

  /** The contact a delivered message is from: its group, or its sender linked to what we know. */
  ContactImport contactOf(Channel channel, InboundMessage m) {
    return linked(delivered(channel, m));
  }

  private static ContactImport delivered(Channel channel, InboundMessage m) {
    if (m.isGroupMessage()) {
      GroupInfo group = m.group();
      return new ContactImport(
          channel.clientIdentifier(),
          channel.id(),
          ContactIdentifier.group(group.id()),
          ContactType.GROUP,
          channel.channelType(),
          group.name(),
          group.participants().stream().map(InboundSenders::author).distinct().toList(),
          null);
    }
    ContactIdentifier sender = ContactIdentifier.person(m.from(), "from");
    return new ContactImport(
        channel.clientIdentifier(),
        channel.id(),
        sender,
        ContactType.INDIVIDUAL,
        channel.channelType(),
        m.senderName(),
        List.of(),
        sender.value(),
        m.senderAliases());
  }

  /**
   * A group member by number when it is one (whatever JID form the gateway wrote); WhatsApp's
   * privacy ids (LIDs) are kept as {@code …@lid}, anything unreadable as given.
   */
  static String author(String from) {
    try {
      return ContactIdentifier.person(from, "from").value();
    } catch (DomainException notAPerson) {
      return from;
    }
  }
}
