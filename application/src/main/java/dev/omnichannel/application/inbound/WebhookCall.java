package dev.omnichannel.application.inbound;

import dev.omnichannel.domain.channel.Provider;

/** Who a webhook call claims to be for, and the token it carries. */
public record WebhookCall(
    Provider provider, String platformConfigId, String channelId, String token) {}
