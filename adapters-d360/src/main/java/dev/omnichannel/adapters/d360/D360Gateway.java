package dev.omnichannel.adapters.d360;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelStatus;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.SentMessage;
import dev.omnichannel.domain.provider.ChannelStatusReader;
import dev.omnichannel.domain.provider.MessageSender;
import dev.omnichannel.domain.provider.ProviderException;
import dev.omnichannel.domain.provider.ReadReceipts;
import dev.omnichannel.domain.provider.WebhookConfigurer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The 360dialog side of a channel. The webhook is configured with our token both in the URL and as
 * the {@code X-Omnichannel-Token} header 360dialog adds to each delivery.
 */
@ApplicationScoped
public class D360Gateway
    implements WebhookConfigurer, ChannelStatusReader, MessageSender, ReadReceipts {

  static final String TOKEN_HEADER = "X-Omnichannel-Token";
  private static final Provider PROVIDER = Provider.D360;

  private final D360Calls calls;
  private final D360Uploads uploads;

  D360Gateway(D360Calls calls, D360Uploads uploads) {
    this.calls = calls;
    this.uploads = uploads;
  }

  @Override
  public Provider provider() {
    return PROVIDER;
  }

  @Override
  public void configure(PlatformConfig config, Channel channel, URI webhookUrl) {
    D360Api.WebhookConfig body =
        new D360Api.WebhookConfig(
            webhookUrl.toString(), Map.of(TOKEN_HEADER, channel.webhookToken().value()));
    call(() -> calls.configureWebhook(config.baseUrl(), apiKey(config), body));
  }

  /**
   * 360dialog has no connection status of its own; a number whose API key the Messaging API accepts
   * is reported {@code open}. Its refusals come out as the matching provider errors.
   */
  @Override
  public ChannelStatus status(PlatformConfig config, Channel channel) {
    call(() -> calls.readWebhook(config.baseUrl(), apiKey(config)));
    return new ChannelStatus("open", null, null, null);
  }

  /** {@code POST /messages} in the Cloud API shape; the answer's id and {@code wa_id} are kept. */
  @Override
  public SentMessage send(
      PlatformConfig config,
      Channel channel,
      String to,
      OutboundMessage message,
      String signedText) {
    String uploaded =
        message.mediaUri() == null
            ? null
            : uploads.uploadIfKept(config, message.mediaUri()).orElse(null);
    Map<String, Object> body = D360Messages.render(to, message, signedText, uploaded);
    D360Api.SendResponse response;
    try {
      response = calls.send(config.baseUrl(), apiKey(config), body);
    } catch (Refused e) {
      throw D360Errors.classify(
          e.refusal().masked(config.apiKey().orElseThrow(), channel.webhookToken()));
    } catch (NotAccepted e) {
      throw e.throttled()
          ? ProviderException.rateLimited(PROVIDER, e.retryAfterSeconds())
          : ProviderException.unavailable(PROVIDER, "360dialog cannot be reached");
    } catch (ProcessingException | TimeoutException e) {
      throw ProviderException.unavailable(PROVIDER, "360dialog did not answer");
    } catch (BulkheadException e) {
      throw ProviderException.busy(PROVIDER, BUSY_RETRY_AFTER_SECONDS);
    }
    if (response == null || response.messages() == null || response.messages().isEmpty()) {
      throw ProviderException.error(PROVIDER, "360dialog answered without a message id");
    }
    String waId =
        response.contacts() == null || response.contacts().isEmpty()
            ? null
            : response.contacts().get(0).waId();
    return new SentMessage(response.messages().get(0).id(), waId);
  }

  /** The Cloud API's read call for the latest message read (seed §4.2). */
  @Override
  public void markRead(PlatformConfig config, Channel channel, String chat, String messageId) {
    call(() -> calls.markRead(config.baseUrl(), apiKey(config), messageId));
  }

  /** A busy 360dialog connection is asked again after this long. */
  static final long BUSY_RETRY_AFTER_SECONDS = 5;

  private static String apiKey(PlatformConfig config) {
    return config.apiKey().orElseThrow().value();
  }

  private static void call(Runnable call) {
    try {
      call.run();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 401) {
        throw ProviderException.authFailed(PROVIDER);
      }
      throw ProviderException.error(PROVIDER, "360dialog answered HTTP " + status);
    } catch (ProcessingException | TimeoutException e) {
      throw ProviderException.unavailable(PROVIDER, "360dialog did not answer");
    } catch (BulkheadException e) {
      throw ProviderException.busy(PROVIDER, BUSY_RETRY_AFTER_SECONDS);
    }
  }
}
