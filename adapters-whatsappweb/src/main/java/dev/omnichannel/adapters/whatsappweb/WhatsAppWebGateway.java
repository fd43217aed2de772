package dev.omnichannel.adapters.whatsappweb;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelStatus;
import dev.omnichannel.domain.channel.NumberValidation;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.outbound.OutboundMessage;
import dev.omnichannel.domain.outbound.SentMessage;
import dev.omnichannel.domain.provider.ChannelStatusReader;
import dev.omnichannel.domain.provider.MessageDeleter;
import dev.omnichannel.domain.provider.MessageSender;
import dev.omnichannel.domain.provider.NumberValidator;
import dev.omnichannel.domain.provider.ProviderException;
import dev.omnichannel.domain.provider.ReadReceipts;
import dev.omnichannel.domain.provider.TypingIndicator;
import dev.omnichannel.domain.provider.WebhookConfigurer;
import dev.omnichannel.domain.session.TypingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The WhatsApp Web gateway side of a channel: webhook configuration, connection status and number
 * validation, with the gateway's errors (seed §8.1) translated into the domain's.
 */
@ApplicationScoped
public class WhatsAppWebGateway
    implements WebhookConfigurer,
        ChannelStatusReader,
        NumberValidator,
        MessageSender,
        MessageDeleter,
        ReadReceipts,
        TypingIndicator {

  private static final Provider PROVIDER = Provider.WHATSAPP_WEB;

  private final WhatsAppWebCalls calls;

  WhatsAppWebGateway(WhatsAppWebCalls calls) {
    this.calls = calls;
  }

  @Override
  public Provider provider() {
    return PROVIDER;
  }

  @Override
  public void configure(PlatformConfig config, Channel channel, URI webhookUrl) {
    call(
        null,
        () -> {
          calls.setWebhook(config.baseUrl(), clientNumber(config), webhookUrl.toString());
          return null;
        });
  }

  @Override
  public ChannelStatus status(PlatformConfig config, Channel channel) {
    WhatsAppWebApi.GatewayStatus s =
        call(null, () -> calls.status(config.baseUrl(), clientNumber(config)));
    return new ChannelStatus(s.status(), s.qr(), s.battery(), s.plugged());
  }

  @Override
  public NumberValidation validate(PlatformConfig config, Channel channel, PhoneNumber number) {
    WhatsAppWebApi.GatewayValidation v =
        call(
            number.digits(),
            () -> calls.validate(config.baseUrl(), clientNumber(config), number.digits()));
    return new NumberValidation(
        v.input(), Boolean.TRUE.equals(v.isValid()), v.jid(), v.lid(), v.phone());
  }

  /** {@code POST /{clientNumber}/send}: text, or a media URL with the text as caption. */
  @Override
  public SentMessage send(
      PlatformConfig config,
      Channel channel,
      String to,
      OutboundMessage message,
      String signedText) {
    WhatsAppWebApi.SendRequest request =
        new WhatsAppWebApi.SendRequest(
            to,
            signedText,
            message.mediaUri() == null ? null : message.mediaUri().toString(),
            message.quotedMessageId());
    WhatsAppWebApi.SendResponse response =
        call(to, () -> calls.send(config.baseUrl(), clientNumber(config), request));
    if (response == null || response.id() == null || response.id().isBlank()) {
      throw ProviderException.error(PROVIDER, "The gateway answered without a message id");
    }
    return new SentMessage(response.id(), null);
  }

  /** {@code DELETE /{clientNumber}/message/{id}}: delete for everyone. */
  @Override
  public void delete(PlatformConfig config, Channel channel, String messageId) {
    call(
        null,
        () -> {
          calls.delete(config.baseUrl(), clientNumber(config), messageId);
          return null;
        });
  }

  /** {@code POST /{clientNumber}/read {"chatId"}}: the chat is read (the gateway contract). */
  @Override
  public void markRead(PlatformConfig config, Channel channel, String chat, String messageId) {
    call(
        null,
        () -> {
          calls.read(config.baseUrl(), clientNumber(config), chat);
          return null;
        });
  }

  /** {@code POST /{clientNumber}/presence {"to","state"}}: typing or paused. */
  @Override
  public void typing(PlatformConfig config, Channel channel, String to, TypingState state) {
    call(
        null,
        () -> {
          calls.presence(config.baseUrl(), clientNumber(config), to, state.slug());
          return null;
        });
  }

  private static String clientNumber(PlatformConfig config) {
    return config.clientNumber().orElseThrow().digits();
  }

  /** Runs a gateway call and turns its failures into the domain's (seed §8.1). */
  private static <T> T call(String number, Supplier<T> call) {
    try {
      return call.get();
    } catch (WebApplicationException e) {
      throw translate(e, number);
    } catch (WhatsAppWebCalls.UnreadableAnswer e) {
      throw ProviderException.error(PROVIDER, "The WhatsApp Web gateway's answer is not readable");
    } catch (NotAccepted e) {
      throw e.throttled()
          ? ProviderException.rateLimited(PROVIDER, e.retryAfterSeconds())
          : ProviderException.unavailable(PROVIDER, "The WhatsApp Web gateway cannot be reached");
    } catch (ProcessingException | TimeoutException e) {
      throw ProviderException.unavailable(PROVIDER, "The WhatsApp Web gateway did not answer");
    } catch (BulkheadException e) {
      throw ProviderException.busy(PROVIDER, BUSY_RETRY_AFTER_SECONDS);
    }
  }

  /** A busy gateway is asked again after this long. */
  static final long BUSY_RETRY_AFTER_SECONDS = 5;

  private static ProviderException translate(WebApplicationException e, String number) {
    int status = e.getResponse().getStatus();
    String body = body(e).toLowerCase(Locale.ROOT);
    if (status == 404 && number != null) {
      return ProviderException.numberNotFound(PROVIDER, number);
    }
    if (status == 400 && (body.contains("closed") || body.contains("connection"))) {
      return ProviderException.connectionClosed(PROVIDER);
    }
    if (status == 400 && number != null) {
      return ProviderException.invalidNumber(PROVIDER, number);
    }
    return ProviderException.error(PROVIDER, "The WhatsApp Web gateway answered HTTP " + status);
  }

  private static String body(WebApplicationException e) {
    try {
      String body = e.getResponse().readEntity(String.class);
      return body == null ? "" : body;
    } catch (RuntimeException unreadable) {
      return "";
    }
  }
}
