package dev.omnichannel.adapters.http.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the platform endpoints (API.md §9). */
public final class PlatformRequests {

  private PlatformRequests() {}

  /** Body of {@code POST …/platforms}. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "CreatePlatformRequest",
      example =
          "{\"slug\":\"crm\",\"name\":\"CRM\",\"webhookUrl\":\"https://crm.example.com/omnichannel\",\"scope\":\"sessions\",\"events\":[\"message.received\",\"session.opened\"]}")
  public record Create(
      @NotBlank @Size(max = 64) String slug,
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Size(max = 2048) String webhookUrl,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              enumeration = {"sessions", "account"})
          @Pattern(regexp = "sessions|account", message = "must be sessions or account")
          String scope,
      @Size(max = 20) List<@NotNull @Size(max = 64) String> events,
      Boolean enabled) {}

  /** Body of {@code PATCH …/platforms/{id}}: absent fields stay. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "UpdatePlatformRequest")
  public record Change(
      @Size(min = 1, max = 120) String name,
      @Size(max = 2048) String webhookUrl,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              enumeration = {"sessions", "account"})
          @Pattern(regexp = "sessions|account", message = "must be sessions or account")
          String scope,
      @Size(max = 20) List<@NotNull @Size(max = 64) String> events,
      Boolean enabled) {}

  /** Body of {@code POST …/platforms/{id}/replay}. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ReplayRequest")
  public record Replay(
      @NotBlank @Size(max = 40) String since,
      @Size(max = 40) String until,
      @Size(max = 20) List<@NotNull @Size(max = 64) String> types) {}
}
