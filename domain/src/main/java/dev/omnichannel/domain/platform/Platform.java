package dev.omnichannel.domain.platform;

import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.FieldError;
import dev.omnichannel.domain.shared.InvalidInputException;
import dev.omnichannel.domain.shared.OutboundUrl;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An application that serves conversations of an account (API.md §9): a CRM, a chat desk, a bot. It
 * is sent, signed, what happens in the sessions whose platform is its slug ({@code sessions} scope)
 * or everything of the account ({@code account} scope), of the event types it chose.
 */
public record Platform(
    String id,
    ClientIdentifier account,
    String slug,
    String name,
    URI webhookUrl,
    PlatformScope scope,
    Set<EventType> events,
    boolean enabled,
    PlatformSecrets secrets,
    Instant createdAt,
    Instant updatedAt) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
  public static final String INVALID_URL = "INVALID_WEBHOOK_URL";

  public Platform {
    events = events == null ? Set.of() : Set.copyOf(events);
  }

  /** What an account gives to register or change a platform; {@code null} = not given. */
  public record Settings(
      String name,
      String webhookUrl,
      PlatformScope scope,
      Set<EventType> events,
      Boolean enabled) {}

  /** A new platform, with its first signing secret. */
  public static Platform register(
      String id,
      ClientIdentifier account,
      String slug,
      Settings s,
      SigningSecret secret,
      Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (slug == null || !SLUG.matcher(slug).matches()) {
      errors.add(new FieldError("slug", "must be 1-64 lower-case letters, digits, . _ or -"));
    }
    if (s.name() == null || s.name().isBlank()) {
      errors.add(new FieldError("name", "is required"));
    }
    URI url = url(s.webhookUrl(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(code(errors), errors);
    }
    return new Platform(
        id,
        account,
        slug,
        s.name(),
        url,
        s.scope() == null ? PlatformScope.SESSIONS : s.scope(),
        s.events(),
        s.enabled() == null || s.enabled(),
        PlatformSecrets.of(secret),
        now,
        now);
  }

  /** Applies the settings given; the others stay. */
  public Platform change(Settings s, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (s.name() != null && s.name().isBlank()) {
      errors.add(new FieldError("name", "must not be blank"));
    }
    URI url = s.webhookUrl() == null ? webhookUrl : url(s.webhookUrl(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(code(errors), errors);
    }
    return new Platform(
        id,
        account,
        slug,
        s.name() == null ? name : s.name(),
        url,
        s.scope() == null ? scope : s.scope(),
        s.events() == null ? events : s.events(),
        s.enabled() == null ? enabled : s.enabled(),
        secrets,
        createdAt,
        now);
  }

  /** A new secret; the old one keeps signing for {@link PlatformSecrets#OVERLAP}. */
  public Platform rotate(SigningSecret next, Instant now) {
    return new Platform(
        id,
        account,
        slug,
        name,
        webhookUrl,
        scope,
        events,
        enabled,
        secrets.rotate(next, now),
        createdAt,
        now);
  }

  /**
   * Whether an event of {@code type} concerning the sessions of {@code platforms} goes to this
   * platform.
   */
  public boolean receives(EventType type, Set<String> platforms) {
    return enabled
        && (events.isEmpty() || events.contains(type))
        && (scope == PlatformScope.ACCOUNT || platforms.contains(slug));
  }

  private static URI url(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError("webhookUrl", "is required"));
      return null;
    }
    try {
      return OutboundUrl.parse(raw, "webhookUrl");
    } catch (InvalidInputException e) {
      errors.add(new FieldError("webhookUrl", e.errors().get(0).message()));
      return null;
    }
  }

  private static String code(List<FieldError> errors) {
    return errors.stream().allMatch(e -> e.field().equals("webhookUrl"))
            && errors.stream().noneMatch(e -> e.message().equals("is required"))
        ? INVALID_URL
        : "VALIDATION_FAILED";
  }
}
