package dev.omnichannel.domain.channel;

import java.util.Arrays;
import java.util.Optional;

/** The WhatsApp providers a channel can be served by. */
public enum Provider {
  WHATSAPP_WEB("whatsappweb", "whatsappweb"),
  D360("d360", "360dialog");

  private final String slug;
  private final String webhookSegment;

  Provider(String slug, String webhookSegment) {
    this.slug = slug;
    this.webhookSegment = webhookSegment;
  }

  /** The name callers use ({@code whatsappweb}, {@code d360}). */
  public String slug() {
    return slug;
  }

  /** The provider's segment in our webhook URLs ({@code /api/webhook/360dialog/...}). */
  public String webhookSegment() {
    return webhookSegment;
  }

  public static Optional<Provider> fromSlug(String slug) {
    return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
  }
}
