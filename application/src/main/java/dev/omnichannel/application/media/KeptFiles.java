package dev.omnichannel.application.media;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.media.ProfilePhotos;
import dev.omnichannel.domain.message.MessageRepository;
import java.time.Clock;
import java.util.List;

/**
 * What follows a fetch: the message shows its file's state and, once kept, {@code message.media} is
 * emitted; a profile photo kept is shown on its contact (unless an agent set one) with {@code
 * contact.updated}.
 */
public class KeptFiles {

  private final MessageRepository messages;
  private final MessageEvents events;
  private final ContactRepository contacts;
  private final EventWriter writer;
  private final Clock clock;

  public KeptFiles(
      MessageRepository messages,
      MessageEvents events,
      ContactRepository contacts,
      EventWriter writer,
      Clock clock) {
    this.messages = messages;
    this.events = events;
    this.contacts = contacts;
    this.writer = writer;
    this.clock = clock;
  }

  void fetched(MediaFile file) {
    boolean stored = file.fetching().status() == MediaStatus.STORED;
    if (file.messageId() != null) {
      messages.saveKeptMedia(file.channelId(), file.messageId(), file.kept());
      if (stored) {
        messages
            .findByProviderId(file.channelId(), file.messageId())
            .ifPresent(m -> events.mediaKept(m, clock.instant()));
      }
    }
    if (stored && ProfilePhotos.isPhoto(file.source())) {
      ProfilePhotos.contactOf(file.source())
          .flatMap(id -> contacts.find(file.account(), id))
          .ifPresent(contact -> show(contact, file));
    }
  }

  private void show(Contact contact, MediaFile photo) {
    if (contact.showFetchedPhoto(photo.kept().url(), clock.instant())) {
      contacts.update(contact, writer.outbox(List.of(contact.updatedEvent(clock.instant()))));
      writer.written();
    }
  }
}
