package dev.omnichannel.domain.provider;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.PlatformConfig;
import java.io.IOException;
import java.io.InputStream;

/**
 * Port: downloads a file a customer sent, asking the provider for a fresh link each time (a Cloud
 * API link lasts 5 minutes). The caller streams the body and closes it.
 */
public interface MediaFetcher extends ProviderPort {

  /** {@code source}: the message's media reference ({@code d360-media:{id}} or a URL). */
  Download open(PlatformConfig config, Channel channel, String source) throws IOException;

  /** The provider says there is no such file, for good (a hidden profile photo): not retried. */
  final class NoFile extends IOException {
    public NoFile(String why) {
      super(why);
    }
  }

  /** The file's bytes and what the provider said of it ({@code sha256} as written, or null). */
  record Download(InputStream body, String contentType, Long length, String sha256) {}
}
