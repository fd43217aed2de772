package dev.omnichannel.domain.channel;

import static dev.omnichannel.domain.channel.Capability.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The seed's §7 table: what each provider can do. Every use case asks here before a provider is
 * called, so a refusal never depends on what a provider happens to answer.
 */
public final class Capabilities {

  private static final Map<Provider, Set<Capability>> TABLE = new EnumMap<>(Provider.class);

  static {
    TABLE.put(
        Provider.WHATSAPP_WEB,
        EnumSet.of(
            TEXT_MESSAGES,
            MEDIA,
            DOCUMENTS,
            STICKERS,
            GROUP_MESSAGES,
            TYPING_INDICATOR,
            DELETE_MESSAGES,
            NUMBER_VALIDATION,
            PROFILE_PHOTO,
            READ_RECEIPTS));
    TABLE.put(
        Provider.D360,
        EnumSet.of(
            TEXT_MESSAGES,
            MEDIA,
            DOCUMENTS,
            STICKERS,
            TEMPLATES,
            INTERACTIVE_BUTTONS,
            INTERACTIVE_LISTS,
            STRUCTURED_CONTACTS,
            READ_RECEIPTS));
  }

  private Capabilities() {}

  public static boolean supports(Provider provider, Capability capability) {
    return TABLE.get(provider).contains(capability);
  }

  /** Refuses with {@link UnsupportedCapabilityException} what the provider cannot do. */
  public static void require(Provider provider, Capability capability) {
    if (!supports(provider, capability)) {
      throw new UnsupportedCapabilityException(provider, capability);
    }
  }
}
