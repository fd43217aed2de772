package dev.omnichannel.domain.channel;

/** Whether a number is on WhatsApp, and the ids the provider knows it by (seed §10.2). */
public record NumberValidation(
    String input, boolean isValid, String jid, String lid, String phone) {}
