package dev.omnichannel.application.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.application.inbound.InboundMetrics;
import dev.omnichannel.application.inbound.WebhookCall;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.channel.UnsupportedCapabilityException;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactChanges;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.ProfilePhotos;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Profile photos on in-memory ports: asked for once a day, shown unless an agent set one. */
class ProfilePhotoServiceTest {

  private final InboundWorld world = new InboundWorld();
  private final ProfilePhotoService photos =
      new ProfilePhotoService(world.contacts, world.channels, world.media, world.clock);
  private final KeptFiles kept =
      new KeptFiles(
          world.messages,
          new MessageEvents(world.sessions, world.contacts, world.writer),
          world.contacts,
          world.writer,
          world.clock);

  @Test
  void aContactsPhotoIsAskedForAtMostOnceADay() {
    Contact ana = contactOn("c1", Provider.WHATSAPP_WEB);

    photos.arrived(InboundWorld.ACCOUNT, ana.id());
    photos.refresh(InboundWorld.ACCOUNT, ana.id());
    assertThat(world.media.all()).hasSize(1);
    assertThat(ProfilePhotos.addressOf(world.media.all().get(0).source()))
        .contains("5521988887777");

    world.clock.advance(Duration.ofDays(1));
    photos.refresh(InboundWorld.ACCOUNT, ana.id());
    assertThat(world.media.all()).hasSize(2);
  }

  @Test
  void on360dialogAPhotoIsRefusedAndNothingIsAskedFor() {
    Contact ana = contactOn("c1", Provider.D360);

    photos.arrived(InboundWorld.ACCOUNT, ana.id());
    assertThatThrownBy(() -> photos.refresh(InboundWorld.ACCOUNT, ana.id()))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(world.media.all()).isEmpty();
  }

  @Test
  void aFailedRequestIsLeftToARefreshWithAWarningButNoneWhenAStopInterruptedIt() {
    Contact ana = contactOn("c1", Provider.WHATSAPP_WEB);
    Failing failing = new Failing(new IllegalStateException("store down"));
    ProfilePhotoService failingPhotos =
        new ProfilePhotoService(world.contacts, world.channels, failing, world.clock);
    List<Level> logged = new ArrayList<>();
    Logger log = Logger.getLogger(ProfilePhotoService.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(r.getLevel());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      failingPhotos.arrived(InboundWorld.ACCOUNT, ana.id());
      assertThat(logged).containsExactly(Level.WARNING);

      failing.interrupt = true;
      failingPhotos.arrived(InboundWorld.ACCOUNT, ana.id());
      assertThat(Thread.interrupted()).isTrue(); // the stop's flag is kept (and cleared here)
      assertThat(logged).containsExactly(Level.WARNING); // the stop's failure is not warned of
    } finally {
      log.removeHandler(handler);
    }
    assertThat(failing.asked).isEqualTo(2);
  }

  /** A store that fails every insert, interrupting the caller's thread first if told to. */
  private static final class Failing implements MediaRepository {
    private final RuntimeException failure;
    private boolean interrupt;
    private int asked;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public boolean insertIfAbsent(MediaFile file) {
      asked++;
      if (interrupt) {
        Thread.currentThread().interrupt(); // as the driver does when a stop interrupts a call
      }
      throw failure;
    }

    @Override
    public Optional<MediaFile> find(ClientIdentifier account, String id) {
      return Optional.empty();
    }

    @Override
    public Optional<MediaFile> claimDue(Instant now, Duration lease, String leaseId) {
      return Optional.empty();
    }

    @Override
    public boolean save(MediaFile file, String leaseId) {
      return false;
    }
  }

  @Test
  void aKeptPhotoIsShownUnlessAnAgentSetOne() {
    Contact ana = contactOn("c1", Provider.WHATSAPP_WEB);
    photos.refresh(InboundWorld.ACCOUNT, ana.id());
    MediaFile stored = world.media.all().get(0).stored("s1", 10, "ab");

    kept.fetched(stored);
    assertThat(photo(ana)).isEqualTo("/api/media/" + stored.id());
    assertThat(world.contacts.outbox().stream().map(OutboxEvent::type))
        .containsExactly(EventType.CONTACT_UPDATED);

    Contact handSet = world.contacts.find(InboundWorld.ACCOUNT, ana.id()).orElseThrow();
    handSet.apply(
        new ContactChanges(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("https://cdn.example.com/ana.jpg"),
            Optional.empty(),
            Optional.empty()),
        world.clock.instant());
    world.contacts.update(handSet, List.of());
    world.clock.advance(Duration.ofDays(1));
    photos.refresh(InboundWorld.ACCOUNT, ana.id());
    kept.fetched(world.media.all().get(1).stored("s2", 10, "cd"));
    assertThat(photo(ana)).isEqualTo("https://cdn.example.com/ana.jpg");
  }

  private String photo(Contact c) {
    return world.contacts.find(InboundWorld.ACCOUNT, c.id()).orElseThrow().data().photo();
  }

  private Contact contactOn(String channelId, Provider provider) {
    world.channel(channelId, provider);
    InboundMessage m =
        new InboundMessage(
            "wamid.1",
            "5521988887777",
            "Ana",
            null,
            InboundWorld.T0,
            MessageKind.TEXT,
            "oi",
            null,
            null);
    InboundMetrics none = new NoInboundMetrics();
    world
        .receiving(none)
        .receive(
            new WebhookCall(provider, "pc-" + channelId, channelId, InboundWorld.TOKEN),
            () -> new InboundDelivery(List.of(m), List.of()));
    return world.contacts.all().get(0);
  }
}
