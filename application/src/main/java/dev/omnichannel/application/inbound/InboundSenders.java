package dev.omnichannel.application.inbound;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactAlreadyExistsException;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.inbound.GroupInfo;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who a delivered message is from, as a contact import (API.md §10: every identity form). A sender
 * known by one identity is found by any other it was linked to; a contact known only by a LID or
 * BSUID that now arrives with its phone, or whose number WhatsApp says changed, is moved to that
 * phone, keeping its history.
 */
final class InboundSenders {

  private static final Logger LOG = Logger.getLogger(InboundSenders.class.getName());

  private final ContactRepository contacts;
  private final EventWriter writer;

  InboundSenders(ContactRepository contacts, EventWriter writer) {
    this.contacts = contacts;
    this.writer = writer;
  }

  /** The contact a delivered message is from: its group, or its sender linked to what we know. */
  ContactImport contactOf(Channel channel, InboundMessage m, Instant now) {
    ContactImport delivered = delivered(channel, m);
    if (delivered.type() == ContactType.GROUP) {
      return delivered;
    }
    Optional<ContactIdentifier> newNumber = newNumber(m.details().system());
    if (newNumber.isPresent()) {
      // The import goes to the new number, so a repeat of this notice finds the moved contact.
      ContactIdentifier number = newNumber.get();
      contacts
          .findOnChannel(delivered.account(), delivered.channelId(), delivered.identifier())
          .ifPresent(old -> move(old, number, now));
      return delivered.at(number, number.value());
    }
    if (delivered.identifier().phoneNumber().isPresent()) {
      delivered.aliases().identities().stream()
          .flatMap(alias -> identity(alias).stream())
          .forEach(
              alias ->
                  contacts
                      .findOnChannel(delivered.account(), delivered.channelId(), alias)
                      .filter(known -> !known.hasPhone())
                      .ifPresent(known -> move(known, delivered.identifier(), now)));
      return delivered;
    }
    return linked(delivered);
  }

  /**
   * A sender without a phone is the contact their LID or BSUID was linked to, when one was: the
   * import then refreshes that contact instead of making a second one (API.md §10).
   */
  private ContactImport linked(ContactImport contact) {
    return contacts
        .findByAlias(contact.account(), contact.channelId(), contact.identifier().value())
        .map(existing -> contact.as(existing.data().identifier()))
        .orElse(contact);
  }

  private static Optional<ContactIdentifier> identity(String alias) {
    try {
      return Optional.of(ContactIdentifier.person(alias, "aliases"));
    } catch (DomainException unreadable) {
      return Optional.empty();
    }
  }

  private static Optional<ContactIdentifier> newNumber(MessageDetails.SystemNotice notice) {
    try {
      return Optional.ofNullable(notice)
          .flatMap(MessageDetails.SystemNotice::newNumber)
          .map(n -> ContactIdentifier.person(n, "system.new_wa_id"))
          .filter(n -> n.phoneNumber().isPresent());
    } catch (DomainException notANumber) {
      return Optional.empty();
    }
  }

  /**
   * The contact is now reached at {@code phone}; when another contact has that number already, both
   * are kept as they are (merging two histories is an agent's decision).
   */
  private void move(Contact contact, ContactIdentifier phone, Instant now) {
    contact.reachedAt(phone, phone.value(), now);
    try {
      contacts.update(contact, writer.outbox(List.of(contact.updatedEvent(now))));
      writer.written();
    } catch (ContactAlreadyExistsException taken) {
      LOG.log(
          Level.INFO,
          "Contact {0} was not moved to its new number: contact {1} has it",
          new Object[] {contact.id(), taken.existingId()});
    }
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
