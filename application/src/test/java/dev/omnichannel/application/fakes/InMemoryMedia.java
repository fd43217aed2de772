package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.media.MediaFile;
import dev.omnichannel.domain.media.MediaRepository;
import dev.omnichannel.domain.media.MediaStatus;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Files to fetch in memory, claimed with leases like the real store. */
public final class InMemoryMedia implements MediaRepository {

  private final Map<String, MediaFile> byId = new LinkedHashMap<>();
  private final Map<String, String> leases = new LinkedHashMap<>();

  public synchronized List<MediaFile> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public synchronized boolean insertIfAbsent(MediaFile file) {
    return byId.putIfAbsent(file.id(), file) == null;
  }

  @Override
  public synchronized Optional<MediaFile> find(ClientIdentifier account, String id) {
    return Optional.ofNullable(byId.get(id)).filter(f -> f.account().equals(account));
  }

  @Override
  public synchronized Optional<MediaFile> claimDue(Instant now, Duration lease, String leaseId) {
    Optional<MediaFile> due =
        byId.values().stream()
            .filter(f -> f.fetching().status() == MediaStatus.PENDING)
            .filter(f -> !f.fetching().nextAttemptAt().isAfter(now))
            .min(Comparator.comparing(f -> f.fetching().nextAttemptAt()));
    due.ifPresent(
        f -> {
          MediaFile.Fetching held =
              new MediaFile.Fetching(
                  MediaStatus.PENDING,
                  f.fetching().attempts(),
                  now.plus(lease),
                  null,
                  null,
                  null,
                  f.fetching().error());
          byId.put(
              f.id(),
              new MediaFile(
                  f.id(),
                  f.account(),
                  f.channelId(),
                  f.sessionId(),
                  f.messageId(),
                  f.source(),
                  f.described(),
                  held,
                  f.createdAt()));
          leases.put(f.id(), leaseId);
        });
    return due.map(f -> byId.get(f.id()));
  }

  @Override
  public synchronized boolean save(MediaFile file, String leaseId) {
    if (!leaseId.equals(leases.get(file.id()))) {
      return false;
    }
    leases.remove(file.id());
    byId.put(file.id(), file);
    return true;
  }
}
