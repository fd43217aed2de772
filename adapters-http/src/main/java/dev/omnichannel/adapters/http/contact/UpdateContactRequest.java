package dev.omnichannel.adapters.http.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code UpdateContactDto} of seed §1.2: absent (or null) fields are left as they are. {@code
 * contactId} and {@code clientIdentifier} may repeat the path, as the seed's example does.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(
    example = "{\"customName\":\"Nome Modificado\",\"platform\":\"karoochatnew\"}")
public record UpdateContactRequest(
    String clientIdentifier,
    String contactId,
    @Size(max = 256) String customName,
    @Size(max = 64) String platform,
    @Size(max = 100) List<@NotBlank @Size(max = 64) String> tagIds,
    @Size(min = 1, max = 128) String contactIdentifier,
    @JsonProperty("isIgnored") Boolean isIgnored,
    @Size(max = 256) String name,
    @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String photo) {}
