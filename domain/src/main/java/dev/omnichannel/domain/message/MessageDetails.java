package dev.omnichannel.domain.message;

import dev.omnichannel.domain.media.KeptMedia;
import java.util.List;
import java.util.Map;

/**
 * What a delivered message carries besides its text (API.md §10), kept so the API and events show
 * everything the customer sent: media metadata, a location, shared contact cards as the provider
 * gave them, the reply to an interactive or template button (the ids bots route on), the ad it came
 * from, whether it was forwarded, an order, a system notice, why it could not be understood, and
 * the provider's timestamp when it was not plausible. Each part is absent when the message has
 * none; build one with {@link #builder()}.
 */
public record MessageDetails(
    Media media,
    Location location,
    List<Map<String, Object>> contacts,
    Reply reply,
    Referral referral,
    Forwarding forwarding,
    Order order,
    SystemNotice system,
    StatusError reason,
    String providerTimestamp,
    KeptMedia kept) {

  public static final MessageDetails NONE = builder().build();

  public MessageDetails {
    contacts = contacts == null || contacts.isEmpty() ? null : List.copyOf(contacts);
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** These details with the kept file's state. */
  public MessageDetails withKept(KeptMedia value) {
    return Builder.from(this).kept(value).build();
  }

  /** A file's metadata as the provider describes it (the file itself is the media issue's). */
  public record Media(
      String mimeType, String sha256, String filename, Boolean voice, Boolean animated) {}

  public record Location(
      Double latitude, Double longitude, String name, String address, String url) {}

  /**
   * An answer to something we sent: {@code type} is {@code button}, {@code list}, {@code flow} or
   * {@code template_button}; {@code id}/{@code payload} are what a bot routes on.
   */
  public record Reply(
      String type, String id, String title, String description, String payload, String response) {}

  /** The click-to-WhatsApp ad a conversation started from. */
  public record Referral(
      String sourceUrl,
      String sourceId,
      String sourceType,
      String headline,
      String body,
      String ctwaClid) {}

  public record Forwarding(boolean forwarded, boolean frequentlyForwarded) {}

  /** A cart the customer sent from the business's catalog. */
  public record Order(String catalogId, String text, List<OrderItem> items) {
    public Order {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  public record OrderItem(
      String productRetailerId, Integer quantity, Double itemPrice, String currency) {}

  /**
   * What WhatsApp itself said in the conversation, e.g. {@code user_changed_number} with the
   * customer's new number in {@code newIdentity}.
   */
  public record SystemNotice(String type, String body, String newIdentity) {

    private static final java.util.Set<String> NUMBER_CHANGES =
        java.util.Set.of("user_changed_number", "customer_changed_number");

    /** The customer's new number when this notice announces that they changed it. */
    public java.util.Optional<String> newNumber() {
      return NUMBER_CHANGES.contains(type) && newIdentity != null && !newIdentity.isBlank()
          ? java.util.Optional.of(newIdentity)
          : java.util.Optional.empty();
    }
  }

  /** Builds details part by part; parts not set are absent. */
  public static final class Builder {
    private Media media;
    private Location location;
    private List<Map<String, Object>> contacts;
    private Reply reply;
    private Referral referral;
    private Forwarding forwarding;
    private Order order;
    private SystemNotice system;
    private StatusError reason;
    private String providerTimestamp;
    private KeptMedia kept;

    private Builder() {}

    /** These details, to change some parts. */
    public static Builder from(MessageDetails d) {
      Builder b = new Builder();
      b.media = d.media;
      b.location = d.location;
      b.contacts = d.contacts;
      b.reply = d.reply;
      b.referral = d.referral;
      b.forwarding = d.forwarding;
      b.order = d.order;
      b.system = d.system;
      b.reason = d.reason;
      b.providerTimestamp = d.providerTimestamp;
      b.kept = d.kept;
      return b;
    }

    /** The file we keep for the message (API.md §11). */
    public Builder kept(KeptMedia value) {
      kept = value;
      return this;
    }

    public Builder media(Media value) {
      media = value;
      return this;
    }

    public Builder location(Location value) {
      location = value;
      return this;
    }

    public Builder contacts(List<Map<String, Object>> value) {
      contacts = value;
      return this;
    }

    public Builder reply(Reply value) {
      reply = value;
      return this;
    }

    public Builder referral(Referral value) {
      referral = value;
      return this;
    }

    public Builder forwarding(Forwarding value) {
      forwarding = value;
      return this;
    }

    public Builder order(Order value) {
      order = value;
      return this;
    }

    public Builder system(SystemNotice value) {
      system = value;
      return this;
    }

    /** Why the message could not be understood (it is kept as {@code unsupported}). */
    public Builder reason(StatusError value) {
      reason = value;
      return this;
    }

    /** The provider's timestamp as given, when it was replaced by the time of receipt. */
    public Builder providerTimestamp(String value) {
      providerTimestamp = value;
      return this;
    }

    public MessageDetails build() {
      return new MessageDetails(
          media,
          location,
          contacts,
          reply,
          referral,
          forwarding,
          order,
          system,
          reason,
          providerTimestamp,
          kept);
    }
  }
}
