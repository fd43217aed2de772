package dev.omnichannel.bootstrap.inbound;

import static org.hamcrest.Matchers.equalTo;

import dev.omnichannel.bootstrap.support.Api;
import dev.omnichannel.bootstrap.support.Api.WebhookChannel;
import dev.omnichannel.bootstrap.support.Payloads;
import dev.omnichannel.domain.channel.Channel;
import dev.omnichannel.domain.channel.ChannelRepository;
import dev.omnichannel.domain.contact.Contact;
import dev.omnichannel.domain.contact.ContactIdentifier;
import dev.omnichannel.domain.contact.ContactImport;
import dev.omnichannel.domain.contact.ContactRepository;
import dev.omnichannel.domain.contact.ContactType;
import dev.omnichannel.domain.session.Session;
import dev.omnichannel.domain.session.SessionRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * A delivery that stopped half-way (contact imported and session opened, message not stored — as
 * after a crash) is completed by the provider's retry, into the same session.
 */
@QuarkusTest
class InterruptedDeliveryTest {

  @Inject ChannelRepository channels;
  @Inject ContactRepository contacts;
  @Inject SessionRepository sessions;

  @Test
  void theRetryOfAnInterruptedDeliveryStoresTheMessageOnceInTheSessionAlreadyOpened() {
    Api api = Api.newAccount();
    WebhookChannel hook = api.d360Channel();
    Channel channel = channels.findById(hook.channelId()).orElseThrow();
    Contact contact =
        contacts
            .importContact(
                new ContactImport(
                    channel.clientIdentifier(),
                    channel.id(),
                    ContactIdentifier.of(ContactType.INDIVIDUAL, "5521988887777"),
                    ContactType.INDIVIDUAL,
                    channel.channelType(),
                    "João Silva",
                    List.of(),
                    "5521988887777"),
                new ObjectId().toHexString(),
                Instant.now(),
                channel.id() + ":" + Payloads.SEED_WAMID)
            .contact();
    Session opened =
        sessions.findActiveOrOpen(
            channel.id(),
            contact.id(),
            null,
            () ->
                new SessionRepository.Opening(
                    Session.openFor(new ObjectId().toHexString(), channel, contact, Instant.now())
                        .state(),
                    List.of()));

    Api.deliver(hook, Payloads.seedD360Message()).statusCode(200).body("stored", equalTo(1));
    Api.deliver(hook, Payloads.seedD360Message()).statusCode(200).body("duplicates", equalTo(1));

    api.get("/contacts").body("total", equalTo(1)).body("data[0]._id", equalTo(contact.id()));
    api.get("/sessions").body("total", equalTo(1)).body("data[0]._id", equalTo(opened.id()));
    api.asAccount()
        .get("/api/session/" + opened.id() + "/messages")
        .then()
        .body("total", equalTo(1))
        .body("data[0].messageId", equalTo(Payloads.SEED_WAMID));
  }
}
