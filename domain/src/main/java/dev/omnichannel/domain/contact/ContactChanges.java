package dev.omnichannel.domain.contact;

import java.util.List;
import java.util.Optional;

/** A partial update of a contact: an empty field is left as it is. */
public record ContactChanges(
    Optional<ContactIdentifier> identifier,
    Optional<String> name,
    Optional<String> customName,
    Optional<String> platform,
    Optional<String> photo,
    Optional<List<String>> tagIds,
    Optional<Boolean> ignored) {}
