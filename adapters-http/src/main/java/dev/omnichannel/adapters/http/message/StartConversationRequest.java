package dev.omnichannel.adapters.http.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/message/start/d360} (seed §4.5). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example =
        "{\"to\":\"5521988887777\",\"userName\":\"João Silva\",\"companyName\":\"Alterdata\",\"template\":\"contato_cliente\",\"templateVariables\":[\"João Silva\",\"Alterdata\"]}")
public record StartConversationRequest(
    @NotBlank @Size(max = 32) String to,
    @Size(max = 256) String userName,
    @Size(max = 256) String companyName,
    @NotBlank @Size(max = 512) String template,
    @Size(max = 50) List<@NotNull @Size(max = 1024) String> templateVariables,
    @Size(max = 16) String language,
    @Size(max = 64) String channelId) {}
