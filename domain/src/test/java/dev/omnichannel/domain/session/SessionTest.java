package dev.omnichannel.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.channel.PlatformConfig;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactData;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.contact.PhoneNumber;
import dev.omnichannel.domain.shared.ClientIdentifier;
import dev.omnichannel.domain.shared.Secret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final ClientIdentifier ACCOUNT =
      ClientIdentifier.of("9a92ea44-244c-4cda-86be-6a9e32ba8f34");
  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  private static final Channel CHANNEL =
      Channel.create(
          "c1",
          PlatformConfig.create(
              "p1", ACCOUNT, Provider.D360, "D360", null, null, "key", Instant.EPOCH),
          "Vendas",
          PhoneNumber.parse("5521977776666", "phoneNumber"),
          ChannelType.WHATSAPP,
          "crm",
          null,
          new Secret("token"),
          Instant.EPOCH);

  private static Contact contact(String customName, String platform) {
    return Contact.create(
        new ContactData(
            "k1",
            ACCOUNT,
            "c1",
            ContactIdentifier.of(ContactType.INDIVIDUAL, "5521988887777"),
            ContactType.INDIVIDUAL,
            ChannelType.WHATSAPP,
            "João Silva",
            customName,
            platform,
            null,
            null,
            false,
            null,
            null,
            null,
            null),
        Instant.EPOCH);
  }

  @Test
  void aSessionTakesTheContactsPlatformElseTheChannelsDefault() {
    assertThat(Session.openFor("s1", CHANNEL, contact(null, null), NOW).platform())
        .isEqualTo("crm");
    assertThat(Session.openFor("s1", CHANNEL, contact(null, "bot"), NOW).platform())
        .isEqualTo("bot");
  }

  @Test
  void theClientIsShownByCustomNameElseName() {
    Session session = Session.openFor("s1", CHANNEL, contact("João (Mercearia)", null), NOW);

    assertThat(session.clientName()).isEqualTo("João (Mercearia)");
    assertThat(session.clientProviderId()).isEqualTo("5521988887777");
    assertThat(session.provider()).isEqualTo(Provider.D360);
    assertThat(session.activeKey()).isEqualTo("c1:k1");
  }

  @Test
  void aFinishedSessionHasNoActiveKeyAndRefusesFinishAndTransfer() {
    Session finished = Session.openFor("s1", CHANNEL, contact(null, null), NOW).finish(NOW);

    assertThat(finished.activeKey()).isNull();
    assertThat(finished.finishedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> finished.finish(NOW)).isInstanceOf(SessionFinishedException.class);
    assertThatThrownBy(() -> finished.transfer("crm", "a1"))
        .isInstanceOf(SessionFinishedException.class);
  }

  @Test
  void aTransferChangesPlatformAndAgentOnly() {
    Session session = Session.openFor("s1", CHANNEL, contact(null, null), NOW);

    Session moved = session.transfer("crm2", "agent_123");

    assertThat(moved.platform()).isEqualTo("crm2");
    assertThat(moved.agentId()).isEqualTo("agent_123");
    assertThat(moved.activeKey()).isEqualTo(session.activeKey());
  }
}
