package dev.omnichannel.adapters.http.channel;

import dev.omnichannel.adapters.http.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accounts/{clientIdentifier}/channels}. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example =
        "{\"platformConfigId\":\"64cbbd9596429dbccd7841e1\",\"name\":\"Vendas\",\"phoneNumber\":\"5521977776666\",\"channelType\":\"whatsapp\",\"defaultPlatform\":\"whatsappweb\"}")
public record CreateChannelRequest(
    @NotBlank @Size(max = 64) String platformConfigId,
    @NotBlank @Size(max = 120) String name,
    @NotBlank @Size(max = 32) String phoneNumber,
    @org.eclipse.microprofile.openapi.annotations.media.Schema(
            enumeration = {"whatsapp", "facebook", "instagram", "telegram"})
        @Pattern(regexp = Slugs.CHANNEL_TYPES, message = "must be one of " + Slugs.CHANNEL_TYPES)
        String channelType,
    @Size(max = 64) String defaultPlatform,
    Boolean signMessages) {}
