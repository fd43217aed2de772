package dev.omnichannel.domain.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The messaging network of a channel; only WhatsApp is served for now. */
public enum ChannelType {
  WHATSAPP,
  FACEBOOK,
  INSTAGRAM,
  TELEGRAM;

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isServed() {
    return this == WHATSAPP;
  }

  public static Optional<ChannelType> fromSlug(String slug) {
    return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
  }
}
