package dev.omnichannel.domain.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactsAsTextTest {

  @Test
  void theSeedsExampleExactly() {
    ContactCard joao =
        new ContactCard(
            "João Silva",
            "João",
            "Silva",
            List.of(new ContactCard.Phone("5521988887777", "WORK", "5521988887777")));

    assertThat(ContactsAsText.format(List.of(joao)))
        .isEqualTo("Contato:\n👤 João Silva\n📱 (21) 98888-7777");
  }

  @Test
  void eightDigitBrazilianAndForeignNumbers() {
    assertThat(ContactsAsText.phone("552130031234")).isEqualTo("(21) 3003-1234");
    assertThat(ContactsAsText.phone("+1 650 555 1234")).isEqualTo("+16505551234");
  }

  @Test
  void severalCardsAreSeparatedByABlankLine() {
    ContactCard a = new ContactCard(null, "Ana", null, List.of());
    ContactCard b = new ContactCard("Bia", null, null, List.of());

    assertThat(ContactsAsText.format(List.of(a, b)))
        .isEqualTo("Contato:\n👤 Ana\n\nContato:\n👤 Bia");
  }
}
