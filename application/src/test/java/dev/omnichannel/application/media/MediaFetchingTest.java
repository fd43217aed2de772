package dev.omnichannel.application.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.application.event.MessageEvents;
import dev.omnichannel.application.fakes.InboundWorld;
import dev.omnichannel.application.fakes.NoInboundMetrics;
import dev.omnichannel.application.inbound.InboundMetrics;
import dev.omnichannel.application.inbound.InboundOutcome;
import dev.omnichannel.application.inbound.WebhookCall;
import dev.omnichannel.application.provider.ProviderPorts;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.delivery.RetrySchedule;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.event.OutboxEvent;
import dev.omnichannel.domain.inbound.InboundDelivery;
import dev.omnichannel.domain.inbound.InboundMessage;
import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.media.MediaStore;
import dev.omnichannel.domain.message.MessageDetails;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.provider.MediaFetcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching customers' files on in-memory ports: once, checked, retried, taken over. */
class MediaFetchingTest {

  private static final byte[] PHOTO = "a photo's bytes".getBytes();

  private final InboundWorld world = new InboundWorld();
  private final Map<String, byte[]> kept = new LinkedHashMap<>();
  private final List<String> fetched = new ArrayList<>();
  private final List<String> counted = new ArrayList<>();
  private Exception failure;
  private byte[] served = PHOTO;
  private boolean interruptOnOpen;
  private MediaFetching fetching;

  @BeforeEach
  void wire() {
    world.channel("c1", Provider.D360);
    fetching = fetching(1024);
  }

  private MediaFetching fetching(long maxBytes) {
    return new MediaFetching(
        world.media,
        new MemoryStore(),
        world.channels,
        world.configs,
        new ProviderPorts<>(List.of(new Fetcher())),
        new KeptFiles(
            world.messages,
            new MessageEvents(world.sessions, world.contacts, world.writer),
            world.contacts,
            world.writer,
            world.clock),
        (provider, outcome, bytes, took) -> counted.add(outcome + " " + bytes),
        new RetrySchedule(List.of(Duration.ofSeconds(10)), MediaFile.GIVE_UP_AFTER, () -> 0.5),
        maxBytes,
        world.clock);
  }

  @Test
  void aFileIsFetchedOnceCheckedAndAnnounced() throws Exception {
    deliverImage(base64Sha(PHOTO));

    assertThat(fetching.fetchOnce()).isTrue();
    assertThat(fetching.fetchOnce()).isFalse();

    MediaFile file = world.media.all().get(0);
    assertThat(file.fetching().status()).isEqualTo(MediaStatus.STORED);
    assertThat(kept.get(file.fetching().storeId())).isEqualTo(PHOTO);
    assertThat(file.fetching().sha256()).isEqualTo(hexSha(PHOTO));
    assertThat(fetched).containsExactly("d360-media:m1");
    assertThat(world.messages.all().get(0).details().kept().status()).isEqualTo(MediaStatus.STORED);
    assertThat(world.sessions.outbox().stream().map(OutboxEvent::type))
        .containsOnlyOnce(EventType.MESSAGE_MEDIA);
    assertThat(counted).containsExactly("stored " + PHOTO.length);
  }

  @Test
  void aFailureIsTriedAgainLaterAndAWrongDigestIsAFailure() throws Exception {
    deliverImage(base64Sha("other bytes".getBytes()));
    failure = new IOException("connection reset");

    fetching.fetchOnce();
    assertThat(world.media.all().get(0).fetching().status()).isEqualTo(MediaStatus.PENDING);
    assertThat(fetching.fetchOnce()).isFalse(); // not due before its back-off

    failure = null;
    world.clock.advance(Duration.ofSeconds(11));
    fetching.fetchOnce(); // fetched, but its SHA-256 is not the provider's
    assertThat(world.media.all().get(0).fetching().status()).isEqualTo(MediaStatus.PENDING);
    assertThat(world.media.all().get(0).fetching().attempts()).isEqualTo(2);

    world.clock.advance(Duration.ofHours(25));
    fetching.fetchOnce();
    assertThat(world.media.all().get(0).fetching().status()).isEqualTo(MediaStatus.FAILED);
    assertThat(counted).containsExactly("retry 0", "retry 0", "failed 0");
  }

  @Test
  void anUnexpectedFailureIsAFailedAttemptNotAStuckFile() throws Exception {
    deliverImage(null);
    failure = new IllegalArgumentException("Illegal character in path");

    assertThat(fetching.fetchOnce()).isTrue();

    MediaFile file = world.media.all().get(0);
    assertThat(file.fetching().status()).isEqualTo(MediaStatus.PENDING);
    assertThat(file.fetching().attempts()).isEqualTo(1);
    assertThat(file.fetching().nextAttemptAt()).isEqualTo(InboundWorld.T0.plusSeconds(10));
  }

  @Test
  void aFileOverTheLimitIsNotKeptAndNotRetried() throws Exception {
    deliverImage(null);
    served = new byte[4096];
    fetching = fetching(1000);

    fetching.fetchOnce();

    MediaFile file = world.media.all().get(0);
    assertThat(file.fetching().status()).isEqualTo(MediaStatus.FAILED);
    assertThat(file.fetching().error()).isEqualTo("too_large");
    assertThat(kept).isEmpty();
  }

  @Test
  void aFileClaimedByAWorkerThatDiedIsTakenOverOnceItsLeaseRunsOut() throws Exception {
    deliverImage(null);
    String lostLease = "a worker killed mid-fetch";
    assertThat(world.media.claimDue(world.clock.instant(), MediaFetching.LEASE, lostLease))
        .isPresent();
    assertThat(fetching.fetchOnce()).isFalse();

    world.clock.advance(MediaFetching.LEASE.plusSeconds(1));

    assertThat(fetching.fetchOnce()).isTrue();
    assertThat(world.media.all().get(0).fetching().status()).isEqualTo(MediaStatus.STORED);
    assertThat(world.media.save(world.media.all().get(0), lostLease)).isFalse();
  }

  @Test
  void aFetchAStopInterruptsIsGivenBackUntriedAndDueAtOnce() throws Exception {
    deliverImage(null);
    interruptOnOpen = true;

    try {
      assertThat(fetching.fetchOnce()).isTrue();
      assertThat(Thread.currentThread().isInterrupted())
          .as("the worker still sees the stop")
          .isTrue();
    } finally {
      Thread.interrupted();
    }
    MediaFile file = world.media.all().get(0);
    assertThat(file.fetching().status()).isEqualTo(MediaStatus.PENDING);
    assertThat(file.fetching().attempts()).isZero();
    assertThat(file.fetching().nextAttemptAt()).isEqualTo(world.clock.instant());
    assertThat(counted).isEmpty();

    interruptOnOpen = false; // the next start takes it at once and keeps it
    assertThat(fetching.fetchOnce()).isTrue();
    assertThat(world.media.all().get(0).fetching().status()).isEqualTo(MediaStatus.STORED);
    assertThat(world.media.all().get(0).fetching().attempts()).isEqualTo(1);
  }

  @Test
  void anInterruptAFrameworkWrappedIsAStopsToo() throws Exception {
    deliverImage(null);
    // as a fault-tolerance interceptor gives it: the InterruptedException wrapped, the flag cleared
    failure = new RuntimeException("Error invoking subclass method", new InterruptedException());

    try {
      assertThat(fetching.fetchOnce()).isTrue();
      assertThat(Thread.currentThread().isInterrupted()).as("the worker sees the stop").isTrue();
    } finally {
      Thread.interrupted();
    }
    MediaFile file = world.media.all().get(0);
    assertThat(file.fetching().status()).isEqualTo(MediaStatus.PENDING);
    assertThat(file.fetching().attempts()).isZero();
    assertThat(counted).isEmpty();

    failure = new IOException("the gateway did not answer", new InterruptedException());
    try {
      fetching.fetchOnce();
    } finally {
      Thread.interrupted();
    }
    assertThat(world.media.all().get(0).fetching().attempts()).isZero();
  }

  @Test
  void aStopDuringTheLastAttemptDoesNotGiveTheFileUp() throws Exception {
    deliverImage(null);
    world.clock.advance(MediaFile.GIVE_UP_AFTER.plusHours(1)); // a failure now would be final
    interruptOnOpen = true;

    try {
      fetching.fetchOnce();
    } finally {
      Thread.interrupted();
    }

    MediaFile file = world.media.all().get(0);
    assertThat(file.fetching().status()).isEqualTo(MediaStatus.PENDING);
    assertThat(file.fetching().attempts()).isZero();
  }

  private void deliverImage(String sha256) {
    InboundMessage image =
        new InboundMessage(
            "wamid.img",
            "5521988887777",
            "Ana",
            null,
            InboundWorld.T0,
            MessageKind.IMAGE,
            "foto",
            "d360-media:m1",
            null,
            null,
            MessageDetails.builder()
                .media(new MessageDetails.Media("image/jpeg", sha256, null, null, null))
                .build());
    InboundMetrics none = new NoInboundMetrics();
    assertThat(
            world
                .receiving(none)
                .receive(
                    new WebhookCall(Provider.D360, "pc-c1", "c1", InboundWorld.TOKEN),
                    () -> new InboundDelivery(List.of(image), List.of()))
                .messages())
        .containsExactly(InboundOutcome.STORED);
    assertThat(world.media.all()).hasSize(1);
  }

  private static String base64Sha(byte[] bytes) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String hexSha(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private final class Fetcher implements MediaFetcher {
    @Override
    public Provider provider() {
      return Provider.D360;
    }

    @Override
    public Download open(PlatformConfig config, Channel channel, String source) throws IOException {
      fetched.add(source);
      if (interruptOnOpen) { // as the adapters do when the HTTP client's wait is interrupted
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException unexpected) {
        throw unexpected;
      }
      return new Download(new ByteArrayInputStream(served), "image/jpeg", null, null);
    }
  }

  /** Keeps bytes in a map, reading its input in small pieces and stopping at the limit. */
  private final class MemoryStore implements MediaStore {
    @Override
    public Stored put(String id, String filename, String mimeType, InputStream in, long maxBytes)
        throws IOException {
      var out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[256];
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new TooLarge(maxBytes);
        }
      }
      String storeId = "s-" + id;
      kept.put(storeId, out.toByteArray());
      try {
        return new Stored(storeId, out.size(), hexSha(out.toByteArray()));
      } catch (Exception e) {
        throw new IOException(e);
      }
    }

    @Override
    public Optional<Readable> open(String storeId, long offset) {
      return Optional.ofNullable(kept.get(storeId))
          .map(b -> new Readable(b.length, new ByteArrayInputStream(b, (int) offset, b.length)));
    }
  }
}
