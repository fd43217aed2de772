package dev.omnichannel.domain.contact;

import dev.omnichannel.domain.channel.ChannelType;
import dev.omnichannel.domain.event.Event;
import dev.omnichannel.domain.event.EventData;
import dev.omnichannel.domain.event.EventId;
import dev.omnichannel.domain.event.EventType;
import dev.omnichannel.domain.shared.ClientIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person or a group an account talks to on one channel. At most one contact exists per channel
 * and {@link ContactIdentifier#identityKey() identity}.
 */
public final class Contact {

  private final String id;
  private final ClientIdentifier clientIdentifier;
  private final String channelId;
  private final ContactType type;
  private final ChannelType channelType;
  private final Instant createdAt;
  private ContactIdentifier identifier;
  private String name;
  private String customName;
  private String platform;
  private String photo;
  private List<String> tagIds;
  private boolean ignored;
  private List<String> participants;
  private Instant updatedAt;
  private String providerId;
  private final Aliases aliases;

  private Contact(ContactData d) {
    this.id = d.id();
    this.clientIdentifier = d.clientIdentifier();
    this.channelId = d.channelId();
    this.identifier = d.identifier();
    this.type = d.type();
    this.channelType = d.channelType();
    this.name = d.name();
    this.customName = d.customName();
    this.platform = d.platform();
    this.photo = d.photo();
    this.tagIds = copy(d.tagIds());
    this.ignored = d.ignored();
    this.participants = copy(d.participants());
    this.createdAt = d.createdAt();
    this.updatedAt = d.updatedAt();
    this.providerId = d.providerId();
    this.aliases = d.aliases();
  }

  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : list.stream().distinct().toList();
  }

  /** A new contact; {@code createdAt} and {@code updatedAt} are both {@code now}. */
  public static Contact create(ContactData data, Instant now) {
    return new Contact(data.withTimes(now, now));
  }

  /** Rebuilds a stored contact. */
  public static Contact restore(ContactData data) {
    return new Contact(data);
  }

  /** Applies a partial update: absent fields stay as they are. */
  public void apply(ContactChanges changes, Instant now) {
    changes.identifier().ifPresent(v -> identifier = v);
    changes.name().ifPresent(v -> name = v);
    changes.customName().ifPresent(v -> customName = v);
    changes.platform().ifPresent(v -> platform = v);
    changes.photo().ifPresent(v -> photo = v);
    changes.tagIds().ifPresent(v -> tagIds = copy(v));
    changes.ignored().ifPresent(v -> ignored = v);
    updatedAt = now;
  }

  /**
   * The customer is now reached at {@code phone}: WhatsApp announced a number change, or a person
   * first known by a LID or BSUID arrived with their number (API.md §10). The provider's form of
   * the number replaces the old one, so replies go to the new number.
   */
  public void reachedAt(ContactIdentifier phone, String providerForm, Instant now) {
    if (phone.phoneNumber().isEmpty()) {
      throw new IllegalArgumentException("a contact is moved to a phone number only");
    }
    identifier = phone;
    providerId = providerForm;
    updatedAt = now;
  }

  /**
   * Shows the profile photo we fetched and keep ({@code /api/media/{id}}), unless an agent set a
   * photo of their own: that one is never replaced. Whether the photo changed.
   */
  public boolean showFetchedPhoto(String keptUrl, Instant now) {
    boolean ours = photo == null || photo.startsWith("/api/media/");
    if (!ours || keptUrl.equals(photo)) {
      return false;
    }
    photo = keptUrl;
    updatedAt = now;
    return true;
  }

  /** Whether the contact is known by a phone number (not only by a LID or BSUID). */
  public boolean hasPhone() {
    return identifier.phoneNumber().isPresent();
  }

  /** The announcement of this contact's arrival; one per contact, however often it is made. */
  public Event createdEvent(Instant now) {
    return event(
        EventId.derived(EventType.CONTACT_CREATED, id, createdAt), EventType.CONTACT_CREATED, now);
  }

  /** The announcement of a change an agent made. */
  public Event updatedEvent(Instant now) {
    return event(EventId.random(now), EventType.CONTACT_UPDATED, now);
  }

  private Event event(EventId eventId, EventType type, Instant now) {
    return new Event(
        eventId,
        type,
        now,
        clientIdentifier,
        null,
        platform == null ? Set.of() : Set.of(platform),
        "contact:" + id,
        new EventData.OfContact(data()));
  }

  /** Everything needed to store or show this contact. */
  public ContactData data() {
    return new ContactData(
        id,
        clientIdentifier,
        channelId,
        identifier,
        type,
        channelType,
        name,
        customName,
        platform,
        photo,
        tagIds,
        ignored,
        participants,
        createdAt,
        updatedAt,
        providerId,
        aliases);
  }

  /** Where messages to this contact go: the provider's form of the number when known. */
  public String routingAddress() {
    return providerId != null ? providerId : identifier.value();
  }

  /** The key that makes a contact unique: its channel and identity. */
  public String uniqueKey() {
    return uniqueKey(channelId, identifier);
  }

  public static String uniqueKey(String channelId, ContactIdentifier identifier) {
    return channelId + ":" + identifier.identityKey();
  }

  /** The name as a name search matches it. */
  public String foldedName() {
    return SearchText.fold(name);
  }

  /** The custom name as a name search matches it. */
  public String foldedCustomName() {
    return SearchText.fold(customName);
  }

  public String id() {
    return id;
  }

  public ClientIdentifier clientIdentifier() {
    return clientIdentifier;
  }

  public String channelId() {
    return channelId;
  }

  public ContactIdentifier identifier() {
    return identifier;
  }

  public boolean isIgnored() {
    return ignored;
  }
}
