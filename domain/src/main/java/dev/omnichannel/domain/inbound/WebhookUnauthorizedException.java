package dev.omnichannel.domain.inbound;

import dev.omnichannel.domain.shared.DomainException;

/** A webhook call without the channel's token, or with a wrong one. */
public class WebhookUnauthorizedException extends DomainException {

  public WebhookUnauthorizedException() {
    super(
        Category.UNAUTHORIZED,
        "INVALID_WEBHOOK_TOKEN",
        "The webhook token is missing or wrong for this channel");
  }

  @Override
  public String title() {
    return "Unauthorized";
  }
}
