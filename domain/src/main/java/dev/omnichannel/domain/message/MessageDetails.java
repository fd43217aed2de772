package dev.omnichannel.domain.message;

import java.util.List;
import java.util.Map;

/**
 * What a delivered message carries besides its text (API.md §10), kept so the API and events show
 * everything the customer sent: media metadata, a location, shared contact cards as the provider
 * gave them, the reply to an interactive or template button (the ids bots route on), the ad it came
 * from, and whether it was forwarded. Each part is absent when the message has none.
 */
public record MessageDetails(
    Media media,
    Location location,
    List<Map<String, Object>> contacts,
    Reply reply,
    Referral referral,
    Forwarding forwarding) {

  public static final MessageDetails NONE = new MessageDetails(null, null, null, null, null, null);

  public MessageDetails {
    contacts = contacts == null || contacts.isEmpty() ? null : List.copyOf(contacts);
  }

  public boolean isEmpty() {
    return equals(NONE);
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
}
