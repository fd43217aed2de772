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
import dev.omnichannel.domain.event.Changed;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventData;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
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

  private static Session open(Contact contact) {
    return Session.openFor("s1", CHANNEL, contact, NOW).state();
  }

  @Test
  void aSessionTakesTheContactsPlatformElseTheChannelsDefault() {
    assertThat(open(contact(null, null)).platform()).isEqualTo("crm");
    assertThat(open(contact(null, "bot")).platform()).isEqualTo("bot");
  }

  @Test
  void openingIsAnnouncedToTheSessionsPlatform() {
    Changed<Session> opened = Session.openFor("s1", CHANNEL, contact(null, "bot"), NOW);

    assertThat(opened.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.SESSION_OPENED);
              assertThat(e.id()).isEqualTo(EventId.derived(EventType.SESSION_OPENED, "s1", NOW));
              assertThat(e.sessionId()).isEqualTo("s1");
              assertThat(e.platforms()).containsExactly("bot");
              assertThat(e.orderKey()).isEqualTo("s1");
              assertThat(e.timestamp()).isEqualTo(NOW);
            });
  }

  @Test
  void theClientIsShownByCustomNameElseName() {
    Session session = open(contact("João (Mercearia)", null));

    assertThat(session.client().name()).isEqualTo("João (Mercearia)");
    assertThat(session.client().providerId()).isEqualTo("5521988887777");
    assertThat(session.provider()).isEqualTo(Provider.D360);
    assertThat(session.activeKey()).isEqualTo("c1:k1");
  }

  @Test
  void aFinishedSessionHasNoActiveKeyAndRefusesFinishAndTransfer() {
    Changed<Session> finishing = open(contact(null, null)).finish(NOW);
    Session finished = finishing.state();

    assertThat(finished.activeKey()).isNull();
    assertThat(finished.finishedAt()).isEqualTo(NOW);
    assertThat(finishing.events())
        .extracting(Event::type)
        .containsExactly(EventType.SESSION_FINISHED);
    assertThatThrownBy(() -> finished.finish(NOW)).isInstanceOf(SessionFinishedException.class);
    assertThatThrownBy(() -> finished.transfer("crm", "a1", NOW))
        .isInstanceOf(SessionFinishedException.class);
  }

  @Test
  void aTransferChangesPlatformAndAgentOnlyAndTellsBothSides() {
    Session session = open(contact(null, null));

    Changed<Session> transfer = session.transfer("crm2", "agent_123", NOW);
    Session moved = transfer.state();

    assertThat(moved.platform()).isEqualTo("crm2");
    assertThat(moved.agentId()).isEqualTo("agent_123");
    assertThat(moved.activeKey()).isEqualTo(session.activeKey());
    assertThat(transfer.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.SESSION_TRANSFERRED);
              assertThat(e.platforms()).containsExactlyInAnyOrder("crm", "crm2");
              assertThat(e.data()).isEqualTo(new EventData.OfSession(moved, "crm", null));
            });
  }

  @Test
  void activityOnlyMovesForward() {
    SessionActivity a = SessionActivity.NONE.inbound(NOW);
    assertThat(a.outbound(NOW.minusSeconds(5)).lastMessageAt()).isEqualTo(NOW);
    assertThat(a.outbound(NOW.plusSeconds(5)).lastMessageAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(a.outbound(NOW.plusSeconds(5)).lastInboundAt()).isEqualTo(NOW);
    assertThat(a.inbound(NOW.minusSeconds(5)).lastInboundAt()).isEqualTo(NOW);
  }
}
