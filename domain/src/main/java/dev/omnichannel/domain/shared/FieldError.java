package dev.omnichannel.domain.shared;

/** One offending input field and why it was refused. */
public record FieldError(String field, String message) {}
