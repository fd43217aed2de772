package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.session.TypingState;

/** Port: shows the customer that an agent is typing, or stopped (seed §7; WhatsApp Web only). */
public interface TypingIndicator extends ProviderPort {

  /** {@code to}: the conversation's address at the provider (a phone, a LID jid or a group). */
  void typing(PlatformConfig config, Channel channel, String to, TypingState state);
}
