package dev.omnichannel.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

  private static final Instant CREATED = Instant.parse("2023-08-03T10:30:00Z");
  private static final Instant LATER = Instant.parse("2023-08-04T10:30:00Z");

  private static Contact joao() {
    return Contact.create(
        new ContactData(
            "64cbbd9596429dbccd7841e4",
            ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34"),
            "64cbbd9596429dbccd7841e2",
            ContactIdentifier.of(ContactType.INDIVIDUAL, "5531987654321"),
            ContactType.INDIVIDUAL,
            ChannelType.WHATSAPP,
            "João Silva",
            "João (Mercearia)",
            null,
            null,
            List.of("vip", "vip", "b2b"),
            false,
            null,
            null,
            null,
            null),
        CREATED);
  }

  @Test
  void aNewContactIsCreatedAndUpdatedAtOnce() {
    ContactData data = joao().data();

    assertThat(data.createdAt()).isEqualTo(CREATED);
    assertThat(data.updatedAt()).isEqualTo(CREATED);
    assertThat(data.tagIds()).containsExactly("vip", "b2b");
  }

  @Test
  void aPartialUpdateLeavesAbsentFieldsAsTheyAre() {
    Contact contact = joao();

    contact.apply(
        new ContactChanges(
            Optional.empty(),
            Optional.empty(),
            Optional.of("Nome Modificado"),
            Optional.of("karoochatnew"),
            Optional.empty(),
            Optional.empty(),
            Optional.of(true)),
        LATER);

    ContactData data = contact.data();
    assertThat(data.name()).isEqualTo("João Silva");
    assertThat(data.customName()).isEqualTo("Nome Modificado");
    assertThat(data.platform()).isEqualTo("karoochatnew");
    assertThat(data.ignored()).isTrue();
    assertThat(data.createdAt()).isEqualTo(CREATED);
    assertThat(data.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void theUniqueKeyIsTheSameForBothFormsOfABrazilianNumber() {
    ContactIdentifier eightDigits = ContactIdentifier.of(ContactType.INDIVIDUAL, "553187654321");

    assertThat(joao().uniqueKey())
        .isEqualTo(Contact.uniqueKey("64cbbd9596429dbccd7841e2", eightDigits));
  }

  @Test
  void namesAreFoldedForSearching() {
    assertThat(joao().foldedName()).isEqualTo("joao silva");
    assertThat(joao().foldedCustomName()).isEqualTo("joao (mercearia)");
  }

  @Test
  void aContactReachedAtANewNumberIsAnsweredThereAndKeepsWhatAgentsSet() {
    Contact contact = joao();
    ContactIdentifier moved = ContactIdentifier.person("5531912345678", "new_wa_id");

    contact.reachedAt(moved, "5531912345678", LATER);

    assertThat(contact.identifier()).isEqualTo(moved);
    assertThat(contact.routingAddress()).isEqualTo("5531912345678");
    assertThat(contact.uniqueKey()).endsWith(moved.identityKey());
    assertThat(contact.data().customName()).isEqualTo("João (Mercearia)");
    assertThat(contact.data().updatedAt()).isEqualTo(LATER);
    assertThat(contact.hasPhone()).isTrue();
  }

  @Test
  void aContactIsMovedToAPhoneOnly() {
    Contact contact = joao();
    ContactIdentifier lid = ContactIdentifier.person("123456789012345@lid", "from");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> contact.reachedAt(lid, null, LATER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(contact.identifier().value()).isEqualTo("5531987654321");
  }
}
