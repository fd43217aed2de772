package dev.omnichannel.adapters.http.problem;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * The problems each operation may answer, by operation id: what its use case and its provider can
 * refuse. Added to every operation by {@link ProblemResponsesFilter}: {@code VALIDATION_FAILED}
 * where it takes input, {@code MALFORMED_JSON} where it takes a body, {@code UNAUTHENTICATED} where
 * it needs a key and {@code ACCOUNT_NOT_FOUND} where its path names an account.
 */
final class OperationProblems {

  private static final List<String> PROVIDER =
      List.of("PROVIDER_UNAVAILABLE", "PROVIDER_AUTH_FAILED", "PROVIDER_ERROR");
  private static final List<String> GATEWAY = join(PROVIDER, List.of("CONNECTION_CLOSED"));
  private static final List<String> SEND =
      join(
          GATEWAY,
          List.of(
              "REQUEST_IN_PROGRESS",
              "UNSUPPORTED_CAPABILITY",
              "RATE_LIMITED",
              "PROVIDER_BUSY",
              "DEADLINE_EXCEEDED"));

  static final Map<String, List<String>> BY_OPERATION =
      Map.ofEntries(
          entry("Access_me", List.of()),
          entry("Access_createKey", List.of()),
          entry("Access_getKeys", List.of()),
          entry("Access_revokeKey", List.of("API_KEY_NOT_FOUND")),
          entry("ProviderConnection_create", List.of("INVALID_BASE_URL")),
          entry("ProviderConnection_get", List.of()),
          entry("ProviderConnection_getById", List.of("PLATFORM_CONFIG_NOT_FOUND")),
          entry("Channel_create", List.of("PLATFORM_CONFIG_NOT_FOUND", "INVALID_NUMBER")),
          entry("Channel_get", List.of()),
          entry("Channel_getById", List.of("CHANNEL_NOT_FOUND")),
          entry("Channel_getStatus", join(List.of("CHANNEL_NOT_FOUND"), GATEWAY)),
          entry(
              "Channel_validateNumber",
              join(
                  List.of("CHANNEL_NOT_FOUND", "INVALID_NUMBER", "UNSUPPORTED_CAPABILITY"),
                  GATEWAY)),
          entry("Channel_configureWebhook", join(List.of("CHANNEL_NOT_FOUND"), PROVIDER)),
          entry("Contact_create", List.of("CHANNEL_NOT_FOUND", "INVALID_NUMBER", "CONTACT_EXISTS")),
          entry("Contact_get", List.of()),
          entry("Contact_getById", List.of("CONTACT_NOT_FOUND")),
          entry("Contact_update", List.of("CONTACT_NOT_FOUND", "INVALID_NUMBER", "CONTACT_EXISTS")),
          entry("Contact_refreshPhoto", List.of("CONTACT_NOT_FOUND", "UNSUPPORTED_CAPABILITY")),
          entry("Session_get", List.of()),
          entry("Session_getById", List.of("SESSION_NOT_FOUND")),
          entry("Session_getMessages", List.of("SESSION_NOT_FOUND")),
          entry("Session_transfer", List.of("SESSION_NOT_FOUND", "SESSION_FINISHED")),
          entry("Session_finish", List.of("SESSION_NOT_FOUND", "SESSION_FINISHED")),
          entry(
              "Session_markRead", join(List.of("SESSION_NOT_FOUND", "MESSAGE_NOT_FOUND"), GATEWAY)),
          entry(
              "Session_typing",
              join(
                  List.of("SESSION_NOT_FOUND", "SESSION_FINISHED", "UNSUPPORTED_CAPABILITY"),
                  GATEWAY)),
          entry(
              "Message_send",
              join(
                  List.of(
                      "SESSION_NOT_FOUND",
                      "SESSION_FINISHED",
                      "MEDIA_NOT_FOUND",
                      "MEDIA_PENDING",
                      "MEDIA_FAILED",
                      "INVALID_MESSAGE",
                      "INVALID_INTERACTIVE",
                      "CAPTION_NOT_SUPPORTED",
                      "WINDOW_CLOSED"),
                  SEND)),
          entry(
              "Message_sendToGroup",
              join(List.of("CHANNEL_NOT_FOUND", "GROUP_NOT_FOUND", "INVALID_MESSAGE"), SEND)),
          entry(
              "Message_startWithTemplate",
              join(List.of("CHANNEL_NOT_FOUND", "INVALID_NUMBER", "TEMPLATE_ERROR"), SEND)),
          entry(
              "Message_delete",
              join(List.of("MESSAGE_NOT_FOUND", "UNSUPPORTED_CAPABILITY"), GATEWAY)),
          entry("Media_getById", List.of("MEDIA_NOT_FOUND", "MEDIA_PENDING", "MEDIA_FAILED")),
          entry("Media_getBySignedLink", List.of("MEDIA_NOT_FOUND")),
          entry(
              "Platform_create",
              List.of("PLATFORM_EXISTS", "INVALID_WEBHOOK_URL", "UNKNOWN_EVENT")),
          entry("Platform_get", List.of()),
          entry("Platform_getById", List.of("PLATFORM_NOT_FOUND")),
          entry(
              "Platform_update",
              List.of("PLATFORM_NOT_FOUND", "INVALID_WEBHOOK_URL", "UNKNOWN_EVENT")),
          entry("Platform_delete", List.of("PLATFORM_NOT_FOUND")),
          entry("Platform_rotateSecret", List.of("PLATFORM_NOT_FOUND")),
          entry("Platform_getDeliveries", List.of("PLATFORM_NOT_FOUND")),
          entry(
              "Platform_retryDelivery",
              List.of("PLATFORM_NOT_FOUND", "DELIVERY_NOT_FOUND", "DELIVERY_NOT_RETRIABLE")),
          entry("Platform_replay", List.of("PLATFORM_NOT_FOUND", "UNKNOWN_EVENT")),
          entry("Event_get", List.of("UNKNOWN_EVENT")),
          entry("Event_stream", List.of()),
          entry(
              "Webhook_deliverWhatsAppWeb",
              List.of(
                  "INVALID_WEBHOOK_TOKEN",
                  "CHANNEL_NOT_FOUND",
                  "PAYLOAD_TOO_LARGE",
                  "DEADLINE_EXCEEDED")),
          entry(
              "Webhook_deliverD360",
              List.of(
                  "INVALID_WEBHOOK_TOKEN",
                  "CHANNEL_NOT_FOUND",
                  "PAYLOAD_TOO_LARGE",
                  "DEADLINE_EXCEEDED")));

  private OperationProblems() {}

  private static List<String> join(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
