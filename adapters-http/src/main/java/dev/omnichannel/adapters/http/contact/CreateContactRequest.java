package dev.omnichannel.adapters.http.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnichannel.adapters.http.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code CreateContactDto} of seed §1.1. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example =
        "{\"contactIdentifier\":\"5521988887777\",\"name\":\"João Silva\",\"channelId\":\"64cbbd9596429dbccd7841e2\",\"channelType\":\"whatsapp\",\"type\":\"individual\",\"platform\":\"whatsappweb\"}")
public record CreateContactRequest(
    String clientIdentifier,
    @NotBlank @Size(max = 64) String channelId,
    @NotBlank @Size(max = 128) String contactIdentifier,
    @Size(max = 256) String name,
    @NotNull
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
            enumeration = {"individual", "group"})
        @Pattern(regexp = Slugs.CONTACT_TYPES, message = "must be individual or group")
        String type,
    @NotNull
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
            enumeration = {"whatsapp", "facebook", "instagram", "telegram"})
        @Pattern(regexp = Slugs.CHANNEL_TYPES, message = "must be one of " + Slugs.CHANNEL_TYPES)
        String channelType,
    @Size(max = 256) String customName,
    @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String photo,
    @Size(max = 100) List<@NotBlank @Size(max = 64) String> tagIds,
    @Size(max = 64) String platform,
    @JsonProperty("isIgnored") Boolean isIgnored,
    @Size(max = 1024) List<@NotBlank String> participants) {}
