package dev.omnichannel.domain.channel;

import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Secret;
import java.time.Instant;

/**
 * One WhatsApp number of an account, served by one platform config. Holds the secret token that
 * authenticates the provider's webhook calls and whether the provider's webhook points at us.
 */
public final class Channel {

  private final String id;
  private final ClientIdentifier clientIdentifier;
  private final String platformConfigId;
  private final Provider provider;
  private final String name;
  private final PhoneNumber phoneNumber;
  private final ChannelType channelType;
  private final String defaultPlatform;
  private final Secret webhookToken;
  private final boolean signMessages;
  private final Instant createdAt;
  private boolean webhookConfigured;
  private Instant updatedAt;

  private Channel(Builder b) {
    this.id = b.id;
    this.clientIdentifier = b.clientIdentifier;
    this.platformConfigId = b.platformConfigId;
    this.provider = b.provider;
    this.name = b.name;
    this.phoneNumber = b.phoneNumber;
    this.channelType = b.channelType;
    this.defaultPlatform = b.defaultPlatform;
    this.webhookToken = b.webhookToken;
    this.signMessages = b.signMessages;
    this.webhookConfigured = b.webhookConfigured;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
  }

  /** A new channel of a platform config; its webhook is not configured yet. */
  public static Channel create(
      String id,
      PlatformConfig config,
      String name,
      PhoneNumber phoneNumber,
      ChannelType channelType,
      String defaultPlatform,
      Boolean signMessages,
      Secret webhookToken,
      Instant now) {
    Builder b = new Builder();
    b.id = id;
    b.clientIdentifier = config.clientIdentifier();
    b.platformConfigId = config.id();
    b.provider = config.provider();
    b.name = name;
    b.phoneNumber = phoneNumber;
    b.channelType = channelType;
    b.defaultPlatform = defaultPlatform;
    b.signMessages = signMessages == null || signMessages;
    b.webhookToken = webhookToken;
    b.webhookConfigured = false;
    b.createdAt = now;
    b.updatedAt = now;
    return new Channel(b);
  }

  /** Records the outcome of configuring the provider's webhook. */
  public void webhookConfigurationResult(boolean configured, Instant now) {
    this.webhookConfigured = configured;
    this.updatedAt = now;
  }

  public boolean belongsTo(String platformConfigId) {
    return this.platformConfigId.equals(platformConfigId);
  }

  public String id() {
    return id;
  }

  public ClientIdentifier clientIdentifier() {
    return clientIdentifier;
  }

  public String platformConfigId() {
    return platformConfigId;
  }

  public Provider provider() {
    return provider;
  }

  public String name() {
    return name;
  }

  public PhoneNumber phoneNumber() {
    return phoneNumber;
  }

  public ChannelType channelType() {
    return channelType;
  }

  public String defaultPlatform() {
    return defaultPlatform;
  }

  public Secret webhookToken() {
    return webhookToken;
  }

  public boolean signMessages() {
    return signMessages;
  }

  public boolean webhookConfigured() {
    return webhookConfigured;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Rebuilds a stored channel (the "loaded from storage" factory). */
  public static final class Builder {
    private String id;
    private ClientIdentifier clientIdentifier;
    private String platformConfigId;
    private Provider provider;
    private String name;
    private PhoneNumber phoneNumber;
    private ChannelType channelType;
    private String defaultPlatform;
    private Secret webhookToken;
    private boolean signMessages;
    private boolean webhookConfigured;
    private Instant createdAt;
    private Instant updatedAt;

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder clientIdentifier(ClientIdentifier v) {
      clientIdentifier = v;
      return this;
    }

    public Builder platformConfigId(String v) {
      platformConfigId = v;
      return this;
    }

    public Builder provider(Provider v) {
      provider = v;
      return this;
    }

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder phoneNumber(PhoneNumber v) {
      phoneNumber = v;
      return this;
    }

    public Builder channelType(ChannelType v) {
      channelType = v;
      return this;
    }

    public Builder defaultPlatform(String v) {
      defaultPlatform = v;
      return this;
    }

    public Builder webhookToken(Secret v) {
      webhookToken = v;
      return this;
    }

    public Builder signMessages(boolean v) {
      signMessages = v;
      return this;
    }

    public Builder webhookConfigured(boolean v) {
      webhookConfigured = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    public Channel restore() {
      return new Channel(this);
    }
  }
}
