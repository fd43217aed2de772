package dev.omnichannel.application.media;

import dev.omnichannel.domain.channel.Capabilities;
import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.ProfilePhotos;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.NotFoundException;
import java.time.Clock;

/**
 * Contacts' profile photos (seed §4.1, §7; WhatsApp Web only): fetched when a contact arrives and
 * on request, at most once a day each, through the media pipeline (API.md §11).
 */
public class ProfilePhotoService {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ProfilePhotoService.class.getName());

  private final ContactRepository contacts;
  private final ChannelRepository channels;
  private final MediaRepository media;
  private final Clock clock;

  public ProfilePhotoService(
      ContactRepository contacts, ChannelRepository channels, MediaRepository media, Clock clock) {
    this.contacts = contacts;
    this.channels = channels;
    this.media = media;
    this.clock = clock;
  }

  /**
   * A contact arrived (its {@code contact.created} was routed): its photo is fetched where the
   * provider has photos. A background step; a failure here leaves the photo to a refresh, with a
   * warning — none when the thread is being stopped (the stop interrupted the call to the store).
   */
  public void arrived(ClientIdentifier account, String contactId) {
    try {
      contacts
          .find(account, contactId)
          .filter(c -> c.data().type() == ContactType.INDIVIDUAL)
          .ifPresent(
              contact ->
                  channels
                      .find(account, contact.channelId())
                      .filter(ch -> Capabilities.supports(ch.provider(), Capability.PROFILE_PHOTO))
                      .ifPresent(
                          ch ->
                              media.insertIfAbsent(
                                  ProfilePhotos.fetchOf(contact, clock.instant()))));
    } catch (RuntimeException e) {
      LOG.log(
          Thread.currentThread().isInterrupted()
              ? java.util.logging.Level.FINE
              : java.util.logging.Level.WARNING,
          "The photo of contact {0} was not asked for: {1}",
          new Object[] {contactId, e.toString()});
    }
  }

  /**
   * Asks for the contact's photo again; a second request the same day fetches nothing more.
   *
   * @throws dev.omnichannel.domain.channel.UnsupportedCapabilityException on 360dialog
   */
  public void refresh(ClientIdentifier account, String contactId) {
    Contact contact =
        contacts
            .find(account, contactId)
            .orElseThrow(() -> new NotFoundException("contact", contactId));
    Channel channel =
        channels
            .find(account, contact.channelId())
            .orElseThrow(() -> new NotFoundException("channel", contact.channelId()));
    Capabilities.require(channel.provider(), Capability.PROFILE_PHOTO);
    if (contact.data().type() == ContactType.INDIVIDUAL) {
      media.insertIfAbsent(ProfilePhotos.fetchOf(contact, clock.instant()));
    }
  }
}
