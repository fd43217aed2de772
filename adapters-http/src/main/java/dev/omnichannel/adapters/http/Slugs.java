package dev.omnichannel.adapters.http;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.shared.SortOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The words the API uses for the domain's enumerations. */
public final class Slugs {

  public static final String CONTACT_TYPES = "individual|group";
  public static final String CHANNEL_TYPES = "whatsapp|facebook|instagram|telegram";
  public static final String PROVIDERS = "whatsappweb|d360";

  private Slugs() {}

  public static String of(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> Map<String, E> all(Class<E> type) {
    Map<String, E> map = new LinkedHashMap<>();
    Arrays.stream(type.getEnumConstants()).forEach(e -> map.put(of(e), e));
    return map;
  }

  public static ContactType contactType(String slug) {
    return all(ContactType.class).get(slug);
  }

  public static ChannelType channelType(String slug) {
    return ChannelType.fromSlug(slug).orElse(null);
  }

  public static Provider provider(String slug) {
    return Provider.fromSlug(slug).orElse(null);
  }

  public static Map<String, SortOrder> orders() {
    return all(SortOrder.class);
  }
}
