package dev.omnichannel.domain.outbound;

/** What a provider answered to a send: its message id, and the WhatsApp id it resolved, if any. */
public record SentMessage(String messageId, String waId) {}
