package dev.omnichannel.domain.session;

/** The platform (and agent) that serves a conversation. */
public record Assignment(String platform, String agentId) {}
