package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.shared.DomainException;
import java.util.Map;

/** A provider call failed; the code says how, so the caller can act (API.md §6). */
public class ProviderException extends DomainException {

  private final Provider provider;
  private final String title;
  private Long retryAfterSeconds;

  private ProviderException(
      Provider provider, Category category, String code, String title, String detail) {
    super(category, code, detail);
    this.provider = provider;
    this.title = title;
  }

  /** The provider could not be reached, or did not answer in time. */
  public static ProviderException unavailable(Provider provider, String detail) {
    return new ProviderException(
        provider,
        Category.UPSTREAM_FAILURE,
        "PROVIDER_UNAVAILABLE",
        "Provider unavailable",
        detail);
  }

  /** The provider refused our credentials. */
  public static ProviderException authFailed(Provider provider) {
    return new ProviderException(
        provider,
        Category.UPSTREAM_FAILURE,
        "PROVIDER_AUTH_FAILED",
        "Provider authentication failed",
        "The provider refused the configured API key");
  }

  /** The provider failed on its side. */
  public static ProviderException error(Provider provider, String detail) {
    return new ProviderException(
        provider, Category.UPSTREAM_FAILURE, "PROVIDER_ERROR", "Provider error", detail);
  }

  /** The gateway does not know the number (seed §8.1, 404). */
  public static ProviderException numberNotFound(Provider provider, String number) {
    return new ProviderException(
        provider,
        Category.NOT_FOUND,
        "NUMBER_NOT_FOUND",
        "Number not found",
        "The number " + number + " was not found on WhatsApp");
  }

  /** The gateway's WhatsApp Web session is closed (seed §8.1, 400). */
  public static ProviderException connectionClosed(Provider provider) {
    return new ProviderException(
        provider,
        Category.UPSTREAM_UNAVAILABLE,
        "CONNECTION_CLOSED",
        "Connection closed",
        "The WhatsApp Web connection of this channel is closed");
  }

  /** The gateway refused the number as invalid (seed §8.1, 400). */
  public static ProviderException invalidNumber(Provider provider, String number) {
    return new ProviderException(
        provider,
        Category.INVALID_INPUT,
        "INVALID_NUMBER",
        "Invalid number",
        "The provider refused the number " + number + " as invalid");
  }

  /** The provider throttles us; {@code retryAfterSeconds} says when to try again. */
  public static ProviderException rateLimited(Provider provider, long retryAfterSeconds) {
    ProviderException e =
        new ProviderException(
            provider,
            Category.RATE_LIMITED,
            "RATE_LIMITED",
            "Rate limited",
            "The provider is throttling this number; try again later");
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
  }

  /**
   * Too many calls to this provider connection are under way (it is slow or hanging): refused at
   * once, so that it holds up nothing else; try again after {@code retryAfterSeconds}.
   */
  public static ProviderException busy(Provider provider, long retryAfterSeconds) {
    ProviderException e =
        new ProviderException(
            provider,
            Category.UPSTREAM_UNAVAILABLE,
            "PROVIDER_BUSY",
            "Provider busy",
            "Too many calls to this provider connection are waiting for it; try again shortly");
    e.retryAfterSeconds = retryAfterSeconds;
    return e;
  }

  /** The provider refused the template (name, language or parameters). */
  public static ProviderException templateError(Provider provider, String detail) {
    return new ProviderException(
        provider, Category.INVALID_INPUT, "TEMPLATE_ERROR", "Template error", detail);
  }

  /** The provider refused the message as malformed; {@code detail} is its reason. */
  public static ProviderException invalidMessage(Provider provider, String detail) {
    return new ProviderException(
        provider, Category.INVALID_INPUT, "INVALID_MESSAGE", "Invalid message", detail);
  }

  public Provider provider() {
    return provider;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Map<String, Object> details() {
    return retryAfterSeconds == null
        ? Map.of("provider", provider.slug())
        : Map.of("provider", provider.slug(), "retryAfter", retryAfterSeconds);
  }
}
