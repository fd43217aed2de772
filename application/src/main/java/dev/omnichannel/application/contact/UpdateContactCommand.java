package dev.omnichannel.application.contact;

import dev.omnichannel.domain.shared.ClientIdentifier;
import java.util.List;
import java.util.Optional;

/** A partial update of a contact (seed §1.2); an empty field is left as it is. */
public record UpdateContactCommand(
    ClientIdentifier account,
    String contactId,
    Optional<String> contactIdentifier,
    Optional<String> name,
    Optional<String> customName,
    Optional<String> platform,
    Optional<String> photo,
    Optional<List<String>> tagIds,
    Optional<Boolean> ignored) {}
