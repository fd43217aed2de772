package dev.omnichannel.domain.channel;

/**
 * A channel's connection as its provider reports it (seed §10.1). {@code battery} and {@code
 * plugged} are absent on multi-device gateways.
 */
public record ChannelStatus(String status, String qr, Integer battery, Boolean plugged) {}
