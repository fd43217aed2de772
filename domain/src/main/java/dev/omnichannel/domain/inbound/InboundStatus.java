package dev.omnichannel.domain.inbound;

import dev.omnichannel.domain.message.MessageStatus;
import dev.omnichannel.domain.message.StatusError;
import java.time.Instant;

/** A provider's delivery status for a message we sent (seed §4.2). */
public record InboundStatus(
    String messageId,
    MessageStatus status,
    Instant timestamp,
    String recipientId,
    StatusError error) {}
