package dev.omnichannel.adapters.http.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every stable problem code the API answers, with its status and what it means (API.md). */
final class ProblemCodes {

  /** A code's HTTP status and meaning. */
  record Code(int status, String meaning) {}

  static final Map<String, Code> ALL = new LinkedHashMap<>();

  static {
    add(400, "VALIDATION_FAILED", "invalid input; errors[] names every offending field");
    add(400, "MALFORMED_JSON", "the body is not JSON, or not the shape expected");
    add(400, "INVALID_NUMBER", "not a phone number");
    add(
        400,
        "INVALID_MESSAGE",
        "the message has nothing to send, or parts that exclude each other");
    add(400, "INVALID_INTERACTIVE", "buttons or list out of WhatsApp's limits");
    add(400, "INVALID_BASE_URL", "baseUrl not http(s), with user-info, or link-local");
    add(400, "INVALID_WEBHOOK_URL", "webhookUrl not http(s), with user-info, or link-local");
    add(400, "UNKNOWN_EVENT", "an event type that does not exist");
    add(400, "TEMPLATE_ERROR", "360dialog refused the template or its variables");
    add(400, "DELIVERY_NOT_RETRIABLE", "only a failed or cancelled delivery can be retried");
    add(401, "UNAUTHENTICATED", "no API key, or an unknown or revoked one");
    add(401, "INVALID_WEBHOOK_TOKEN", "the channel's webhook token is missing or wrong");
    add(404, "ACCOUNT_NOT_FOUND", "another account than the key's");
    add(404, "API_KEY_NOT_FOUND", "no such key in the account");
    add(404, "CHANNEL_NOT_FOUND", "no such channel in the account");
    add(404, "PLATFORM_CONFIG_NOT_FOUND", "no such provider connection in the account");
    add(404, "CONTACT_NOT_FOUND", "no such contact in the account");
    add(404, "SESSION_NOT_FOUND", "no such session in the account");
    add(404, "MESSAGE_NOT_FOUND", "no such message in the account");
    add(404, "GROUP_NOT_FOUND", "no such group on the channel");
    add(404, "MEDIA_NOT_FOUND", "no such file in the account, or the link expired");
    add(404, "PLATFORM_NOT_FOUND", "no such platform in the account");
    add(404, "DELIVERY_NOT_FOUND", "no such delivery of the platform");
    add(404, "NUMBER_NOT_FOUND", "the number has no WhatsApp");
    add(409, "CONTACT_EXISTS", "the channel has a contact with that identifier: existingId");
    add(409, "PLATFORM_EXISTS", "the account has a platform with that slug");
    add(409, "SESSION_FINISHED", "the session is finished");
    add(409, "REQUEST_IN_PROGRESS", "the same Idempotency-Key is being sent now");
    add(409, "MEDIA_PENDING", "the file is still being fetched from the provider");
    add(409, "MEDIA_FAILED", "the file could not be fetched or is over the size limit");
    add(413, "PAYLOAD_TOO_LARGE", "the body is over the limit");
    add(422, "UNSUPPORTED_CAPABILITY", "the provider cannot do it (seed §7): provider, capability");
    add(422, "CAPTION_NOT_SUPPORTED", "the provider sends this kind of file without a caption");
    add(422, "WINDOW_CLOSED", "over 24 h since the customer wrote: only a template may be sent");
    add(429, "RATE_LIMITED", "the provider's rate limit; Retry-After says when to try again");
    add(502, "PROVIDER_UNAVAILABLE", "the provider could not be reached");
    add(502, "PROVIDER_AUTH_FAILED", "the provider refused the connection's credentials");
    add(502, "PROVIDER_ERROR", "the provider answered with an error");
    add(503, "CONNECTION_CLOSED", "the WhatsApp Web session is closed");
    add(503, "PROVIDER_BUSY", "too many calls to the provider are waiting; Retry-After");
    add(503, "DEADLINE_EXCEEDED", "the request waited too long for a thread; Retry-After");
  }

  private ProblemCodes() {}

  private static void add(int status, String code, String meaning) {
    ALL.put(code, new Code(status, meaning));
  }
}
