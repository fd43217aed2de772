package dev.omnichannel.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.channel.Capability;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.message.MessageKind;
import dev.omnichannel.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundMessageTest {

  private static OutboundMessage media(String uri, String caption) {
    return OutboundMessage.compose(caption, uri, null, null, null, "Maria");
  }

  @ParameterizedTest
  @CsvSource({
    "https://s3.amazonaws.com/bucket/audio.mp3, AUDIO",
    "https://s3.amazonaws.com/bucket/audio.OGG, AUDIO",
    "https://x.io/a.opus?sig=1, AUDIO",
    "https://x.io/a.m4a, AUDIO",
    "https://x.io/a.aac, AUDIO",
    "https://x.io/a.amr, AUDIO",
    "https://s3.amazonaws.com/bucket/imagem.jpg, IMAGE",
    "https://x.io/a.jpeg, IMAGE",
    "https://s3.amazonaws.com/bucket/imagem.png, IMAGE",
    "https://s3.amazonaws.com/bucket/video.mp4, VIDEO",
    "https://x.io/a.3gp, VIDEO",
    "https://s3.amazonaws.com/bucket/sticker.webp, STICKER",
    "https://s3.amazonaws.com/bucket/documento.pdf, DOCUMENT",
    "https://x.io/no-extension, DOCUMENT"
  })
  void theKindComesFromTheUrisExtension(String uri, MessageKind kind) {
    assertThat(media(uri, null).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"https://x.io/a.mp3", "https://x.io/s.webp"})
  void audioAndStickersTakeNoCaption(String uri) {
    assertThatThrownBy(() -> media(uri, "legenda"))
        .isInstanceOfSatisfying(
            OutboundMessage.CaptionNotSupportedException.class,
            e -> assertThat(e.code()).isEqualTo("CAPTION_NOT_SUPPORTED"));
  }

  @Test
  void imagesVideosAndDocumentsTakeTheTextAsCaption() {
    assertThat(media("https://x.io/a.jpg", "Confira esta imagem!").text())
        .isEqualTo("Confira esta imagem!");
  }

  @Test
  void nothingToSendIsRefused() {
    assertThatThrownBy(() -> OutboundMessage.compose(" ", null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aMediaUriMustBeHttp() {
    assertThatThrownBy(() -> media("file:///etc/passwd", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("mediaUri"));
  }

  @Test
  void theSignatureGoesBeforeTheTextWhenTheChannelSigns() {
    OutboundMessage m =
        OutboundMessage.compose(
            "Olá! Como posso ajudá-lo?", null, null, null, null, "Atendente Maria");

    assertThat(m.signedText(true)).isEqualTo("*Atendente Maria:*\nOlá! Como posso ajudá-lo?");
    assertThat(m.signedText(false)).isEqualTo("Olá! Como posso ajudá-lo?");
  }

  @Test
  void contactsBecomeTheSeedsTextWhereTheProviderHasNoNativeFormAndButtonsAreRefused() {
    List<ContactCard> cards =
        List.of(
            new ContactCard(
                "João Silva",
                null,
                null,
                List.of(new ContactCard.Phone("5521988887777", null, null))));
    OutboundMessage contacts = OutboundMessage.compose(null, null, null, cards, null, null);

    assertThat(contacts.forProvider(Provider.WHATSAPP_WEB).text())
        .isEqualTo("Contato:\n👤 João Silva\n📱 (21) 98888-7777");
    assertThat(contacts.forProvider(Provider.D360)).isSameAs(contacts);
    Interactive buttons =
        new Interactive.Buttons("Escolha", List.of(new Interactive.Button("1", "Opção 1")));
    assertThatThrownBy(
            () ->
                OutboundMessage.compose(null, null, buttons, null, null, null)
                    .forProvider(Provider.WHATSAPP_WEB))
        .isInstanceOf(dev.omnichannel.domain.channel.UnsupportedCapabilityException.class);
  }

  @Test
  void theCapabilityFollowsTheKind() {
    Interactive buttons =
        new Interactive.Buttons("Escolha", List.of(new Interactive.Button("1", "Opção 1")));
    assertThat(OutboundMessage.compose(null, null, buttons, null, null, null).capability())
        .isEqualTo(Capability.INTERACTIVE_BUTTONS);
    assertThat(media("https://x.io/a.pdf", null).capability()).isEqualTo(Capability.DOCUMENTS);
    assertThat(media("https://x.io/a.webp", null).capability()).isEqualTo(Capability.STICKERS);
  }
}
