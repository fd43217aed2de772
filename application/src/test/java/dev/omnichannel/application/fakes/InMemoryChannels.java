package dev.omnichannel.application.fakes;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Channels in a map, keeping what was last stored (its webhook flag included). */
public final class InMemoryChannels implements ChannelRepository {

  private final Map<String, Boolean> storedWebhookFlag = new LinkedHashMap<>();
  private final Map<String, Channel> channels = new LinkedHashMap<>();

  @Override
  public void insert(Channel channel) {
    channels.put(channel.id(), channel);
    storedWebhookFlag.put(channel.id(), channel.webhookConfigured());
  }

  @Override
  public void update(Channel channel) {
    insert(channel);
  }

  /** What the store holds, not what the object says now. */
  public boolean storedWebhookConfigured(String id) {
    return storedWebhookFlag.get(id);
  }

  @Override
  public Optional<Channel> find(ClientIdentifier account, String id) {
    return findById(id).filter(c -> c.clientIdentifier().equals(account));
  }

  @Override
  public Optional<Channel> findById(String id) {
    return Optional.ofNullable(channels.get(id));
  }

  @Override
  public Optional<Channel> findByNumber(
      ClientIdentifier account, Provider provider, String phoneNumber) {
    return list(account).stream()
        .filter(c -> c.provider() == provider && c.phoneNumber().digits().equals(phoneNumber))
        .findFirst();
  }

  @Override
  public List<Channel> list(ClientIdentifier account) {
    return new ArrayList<>(
        channels.values().stream().filter(c -> c.clientIdentifier().equals(account)).toList());
  }
}
