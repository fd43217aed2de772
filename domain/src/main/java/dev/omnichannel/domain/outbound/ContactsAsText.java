package dev.omnichannel.domain.outbound;

import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.DomainException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Structured contacts as WhatsApp Web sends them, exactly as seed §2.7 shows: {@code Contato:\n👤
 * João Silva\n📱 (21) 98888-7777}. Brazilian numbers read {@code (DD) NNNNN-NNNN}, others {@code
 * +digits}.
 */
public final class ContactsAsText {

  private ContactsAsText() {}

  public static String format(List<ContactCard> cards) {
    return cards.stream().map(ContactsAsText::card).collect(Collectors.joining("\n\n"));
  }

  private static String card(ContactCard card) {
    StringBuilder text = new StringBuilder("Contato:\n👤 ").append(name(card));
    card.phones().forEach(p -> text.append("\n📱 ").append(phone(p.phone())));
    return text.toString();
  }

  private static String name(ContactCard card) {
    if (card.formattedName() != null && !card.formattedName().isBlank()) {
      return card.formattedName();
    }
    return String.join(
            " ",
            card.firstName() == null ? "" : card.firstName(),
            card.lastName() == null ? "" : card.lastName())
        .trim();
  }

  static String phone(String raw) {
    String digits;
    try {
      digits = PhoneNumber.parse(raw, "phone").digits();
    } catch (DomainException notANumber) {
      return raw;
    }
    if (digits.startsWith("55") && (digits.length() == 12 || digits.length() == 13)) {
      String area = digits.substring(2, 4);
      String subscriber = digits.substring(4);
      int split = subscriber.length() - 4;
      return "(" + area + ") " + subscriber.substring(0, split) + "-" + subscriber.substring(split);
    }
    return "+" + digits;
  }
}
