package dev.omnichannel.adapters.http.platform;

import dev.omnichannel.adapters.http.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accounts/{clientIdentifier}/platform-configs}. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example =
        "{\"provider\":\"whatsappweb\",\"name\":\"Gateway\",\"baseUrl\":\"http://gateway:3000\",\"clientNumber\":\"5521977776666\"}")
public record CreatePlatformConfigRequest(
    @NotBlank
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
            enumeration = {"whatsappweb", "d360"})
        @Pattern(regexp = Slugs.PROVIDERS, message = "must be whatsappweb or d360")
        String provider,
    @NotBlank @Size(max = 120) String name,
    @Size(max = 2048) String baseUrl,
    @Size(max = 32) String clientNumber,
    @Size(max = 512)
        @Pattern(
            regexp = "[\\x21-\\x7E]*",
            message = "must be printable ASCII without spaces (it is sent as an HTTP header)")
        String apiKey) {}
