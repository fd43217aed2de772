package dev.omnichannel.application.channel;

import dev.omnichannel.domain.channel.Channel;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the URL a provider calls for a channel: {@code
 * {public-url}/api/webhook/{whatsappweb|360dialog}/{platformConfigId}/{channelId}?token={secret}}.
 */
public final class WebhookUrls {

  private final String publicUrl;

  public WebhookUrls(URI publicUrl) {
    this.publicUrl = publicUrl.toString().replaceAll("/+$", "");
  }

  /** The URL without its token: safe to show and to log. */
  public URI withoutToken(Channel channel) {
    return URI.create(
        publicUrl
            + "/api/webhook/"
            + channel.provider().webhookSegment()
            + "/"
            + channel.platformConfigId()
            + "/"
            + channel.id());
  }

  /** The URL the provider is given, carrying the channel's secret token. */
  public URI withToken(Channel channel) {
    return URI.create(
        withoutToken(channel)
            + "?token="
            + URLEncoder.encode(channel.webhookToken().value(), StandardCharsets.UTF_8));
  }
}
