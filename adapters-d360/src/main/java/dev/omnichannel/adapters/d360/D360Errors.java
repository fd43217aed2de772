package dev.omnichannel.adapters.d360;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnichannel.domain.channel.Provider;
import dev.omnichannel.domain.outbound.CustomerServiceWindow;
import dev.omnichannel.domain.provider.ProviderException;
import dev.omnichannel.domain.shared.DomainException;
import dev.omnichannel.domain.shared.Secret;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a 360dialog refusal in any of its three envelopes — 360dialog's {@code {"meta":…}}, Meta's
 * {@code {"error":{"code":…}}}, on-premise {@code {"errors":[…]}} — and classifies it by the code
 * in the body, not only the HTTP status (API.md §6).
 */
final class D360Errors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> THROTTLING = Set.of(4, 80007, 130429, 131056);
  private static final Set<Integer> AUTH = Set.of(0, 190);
  private static final Provider PROVIDER = Provider.D360;
  private static final int NO_CODE = -1;

  /** What the body says: a code ({@code -1} when none; Meta's 0 is an auth error) and a reason. */
  record Refusal(int status, int code, String reason) {

    /** The same refusal with every given secret masked in its reason (providers echo keys). */
    Refusal masked(Secret... secrets) {
      String masked = reason;
      for (Secret secret : secrets) {
        masked = secret.maskIn(masked);
      }
      return new Refusal(status, code, masked);
    }

    boolean isThrottling() {
      return status == 429
          || THROTTLING.contains(code)
          || reason.toLowerCase(Locale.ROOT).contains("rate limit");
    }
  }

  private D360Errors() {}

  static Refusal read(int status, String body) {
    JsonNode root;
    try {
      root = body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (Exception notJson) {
      return new Refusal(status, NO_CODE, body == null ? "" : body);
    }
    if (root.has("error")) {
      JsonNode e = root.get("error");
      String details = e.path("error_data").path("details").asText("");
      return new Refusal(
          status,
          e.path("code").asInt(NO_CODE),
          details.isEmpty() ? e.path("message").asText("") : details);
    }
    if (root.path("errors").isArray() && !root.path("errors").isEmpty()) {
      JsonNode e = root.path("errors").get(0);
      String details = e.path("details").asText("");
      return new Refusal(
          status,
          e.path("code").asInt(NO_CODE),
          details.isEmpty() ? e.path("title").asText("") : details);
    }
    if (root.has("meta")) {
      return new Refusal(status, NO_CODE, root.path("meta").path("developer_message").asText(""));
    }
    return new Refusal(status, NO_CODE, "");
  }

  /** The domain's failure for a refusal that retrying will not change. */
  static DomainException classify(Refusal r) {
    if (r.status() == 401 || AUTH.contains(r.code()) || r.reason().contains("Invalid api_key")) {
      return ProviderException.authFailed(PROVIDER);
    }
    if (r.code() == 131047) {
      return new CustomerServiceWindow.WindowClosedException();
    }
    if (r.code() == 132000 || r.code() == 132001) {
      return ProviderException.templateError(PROVIDER, r.reason());
    }
    if (r.status() >= 500) {
      return ProviderException.error(PROVIDER, "360dialog failed (HTTP " + r.status() + ")");
    }
    return ProviderException.invalidMessage(
        PROVIDER, r.reason().isBlank() ? "360dialog refused the message" : r.reason());
  }
}
