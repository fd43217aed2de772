package dev.omnichannel.bootstrap;

import dev.omnichannel.application.event.EventWriter;
import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.media.KeptFiles;
import dev.omnichannel.application.media.MediaFetching;
import dev.omnichannel.application.media.MediaFiles;
import dev.omnichannel.application.media.MediaForwarding;
import dev.omnichannel.application.media.MediaMetrics;
import dev.omnichannel.application.media.ProfilePhotoService;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.PlatformConfigRepository;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaLinks;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStore;
import dev.omnichannel.domain.message.MessageRepository;
import dev.omnichannel.domain.provider.MediaFetcher;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The media use cases (API.md §11) and how long a provider's file is tried. */
public class MediaWiring {

  /** After a failed fetch: about 10 s, 1 min, 5 min, 15 min, then hourly, for a day. */
  static final List<Duration> DELAYS =
      List.of(
          Duration.ofSeconds(10),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1));

  @Produces
  @Singleton
  MediaFetching fetching(
      MediaRepository files,
      MediaStore store,
      ChannelRepository channels,
      PlatformConfigRepository configs,
      Instance<MediaFetcher> fetchers,
      KeptFiles kept,
      MediaMetrics metrics,
      @ConfigProperty(name = "omnichannel.media.max-bytes", defaultValue = "104857600")
          long maxBytes,
      Clock clock) {
    return new MediaFetching(
        files,
        store,
        channels,
        configs,
        new ProviderPorts<>(fetchers),
        kept,
        metrics,
        new RetrySchedule(
            DELAYS, MediaFile.GIVE_UP_AFTER, () -> ThreadLocalRandom.current().nextDouble()),
        maxBytes,
        clock);
  }

  @Produces
  @Singleton
  KeptFiles kept(
      MessageRepository messages,
      MessageEvents events,
      ContactRepository contacts,
      EventWriter writer,
      Clock clock) {
    return new KeptFiles(messages, events, contacts, writer, clock);
  }

  @Produces
  @Singleton
  ProfilePhotoService photos(
      ContactRepository contacts, ChannelRepository channels, MediaRepository media, Clock clock) {
    return new ProfilePhotoService(contacts, channels, media, clock);
  }

  @Produces
  @Singleton
  MediaForwarding forwarding(MediaFiles files, MediaLinks links, Clock clock) {
    return new MediaForwarding(files, links, clock);
  }

  @Produces
  @Singleton
  MediaFiles files(MediaRepository files, MediaStore store) {
    return new MediaFiles(files, store);
  }
}
