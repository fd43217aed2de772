package dev.omnichannel.domain.delivery;

import dev.omnichannel.domain.platform.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (standardwebhooks.com): {@code v1,} and the base64 HMAC-SHA256 of
 * {@code {id}.{timestamp}.{body}} keyed by the secret's decoded bytes; several secrets sign side by
 * side, separated by spaces.
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  public static String sign(List<SigningSecret> secrets, String id, long timestamp, String body) {
    String content = id + "." + timestamp + "." + body;
    return secrets.stream().map(s -> "v1," + hmac(s, content)).collect(Collectors.joining(" "));
  }

  private static String hmac(SigningSecret secret, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.keyBytes(), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
