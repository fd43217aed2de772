package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.NumberValidation;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.contact.PhoneNumber;

/** Port: asks a provider whether a number is on WhatsApp (seed §10.2). */
public interface NumberValidator extends ProviderPort {

  NumberValidation validate(PlatformConfig config, Channel channel, PhoneNumber number);
}
