package dev.omnichannel.domain.channel;

import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.OutboundUrl;
import dev.omnichannel.domain.shared.Secret;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One provider connection of an account: where the provider is and how to authenticate. A WhatsApp
 * Web gateway is addressed by its {@code clientNumber}; 360dialog by an API key that never leaves
 * the service.
 */
public final class PlatformConfig {

  /** 360dialog's Cloud API hosting, used when a D360 config names no base URL. */
  public static final URI D360_DEFAULT_BASE_URL = URI.create("https://waba-v2.360dialog.io");

  /** A provider key travels in an HTTP header: visible ASCII only. */
  private static final Pattern API_KEY = Pattern.compile("[\\x21-\\x7e]{1,512}");

  private final String id;
  private final ClientIdentifier clientIdentifier;
  private final Provider provider;
  private final String name;
  private final URI baseUrl;
  private final PhoneNumber clientNumber;
  private final Secret apiKey;
  private final Instant createdAt;

  private PlatformConfig(
      String id,
      ClientIdentifier clientIdentifier,
      Provider provider,
      String name,
      URI baseUrl,
      PhoneNumber clientNumber,
      Secret apiKey,
      Instant createdAt) {
    this.id = id;
    this.clientIdentifier = clientIdentifier;
    this.provider = provider;
    this.name = name;
    this.baseUrl = baseUrl;
    this.clientNumber = clientNumber;
    this.apiKey = apiKey;
    this.createdAt = createdAt;
  }

  /** A new connection; checks that the provider's required settings are present. */
  public static PlatformConfig create(
      String id,
      ClientIdentifier clientIdentifier,
      Provider provider,
      String name,
      String baseUrl,
      String clientNumber,
      String apiKey,
      Instant now) {
    List<FieldError> errors = new ArrayList<>();
    URI uri = null;
    String code = "VALIDATION_FAILED";
    try {
      uri = parseBaseUrl(provider, baseUrl, errors);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      code = e.code();
    }
    PhoneNumber number = null;
    if (provider == Provider.WHATSAPP_WEB) {
      if (clientNumber == null || clientNumber.isBlank()) {
        errors.add(new FieldError("clientNumber", "is required for provider whatsappweb"));
      } else {
        number = PhoneNumber.parse(clientNumber, "clientNumber");
      }
    }
    Secret key = null;
    if (provider == Provider.D360) {
      if (apiKey == null || apiKey.isBlank()) {
        errors.add(new FieldError("apiKey", "is required for provider d360"));
      } else if (!API_KEY.matcher(apiKey.strip()).matches()) {
        errors.add(new FieldError("apiKey", "must be visible ASCII characters only"));
      } else {
        key = new Secret(apiKey.strip());
      }
    }
    if (!errors.isEmpty()) {
      boolean onlyTheUrl = errors.stream().allMatch(e -> e.field().equals("baseUrl"));
      throw new InvalidInputException(onlyTheUrl ? code : "VALIDATION_FAILED", errors);
    }
    return new PlatformConfig(id, clientIdentifier, provider, name, uri, number, key, now);
  }

  private static URI parseBaseUrl(Provider provider, String baseUrl, List<FieldError> errors) {
    if (baseUrl == null || baseUrl.isBlank()) {
      if (provider == Provider.D360) {
        return D360_DEFAULT_BASE_URL;
      }
      errors.add(new FieldError("baseUrl", "is required for provider " + provider.slug()));
      return null;
    }
    return OutboundUrl.parse(baseUrl, "baseUrl");
  }

  /** Rebuilds a stored connection; no rule is checked again. */
  public static PlatformConfig restore(
      String id,
      ClientIdentifier clientIdentifier,
      Provider provider,
      String name,
      URI baseUrl,
      PhoneNumber clientNumber,
      Secret apiKey,
      Instant createdAt) {
    return new PlatformConfig(
        id, clientIdentifier, provider, name, baseUrl, clientNumber, apiKey, createdAt);
  }

  public String id() {
    return id;
  }

  public ClientIdentifier clientIdentifier() {
    return clientIdentifier;
  }

  public Provider provider() {
    return provider;
  }

  public String name() {
    return name;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public Optional<PhoneNumber> clientNumber() {
    return Optional.ofNullable(clientNumber);
  }

  public Optional<Secret> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
