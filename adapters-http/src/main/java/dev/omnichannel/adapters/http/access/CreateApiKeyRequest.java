package dev.omnichannel.adapters.http.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/accounts/{clientIdentifier}/api-keys}. */
public record CreateApiKeyRequest(@NotBlank @Size(max = 120) String name) {}
