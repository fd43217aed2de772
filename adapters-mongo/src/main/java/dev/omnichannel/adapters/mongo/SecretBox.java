package dev.omnichannel.adapters.mongo;

import dev.omnichannel.domain.shared.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts provider secrets at rest with AES-256-GCM under {@code OMNICHANNEL_SECRET_KEY} (base64
 * of 32 bytes). Stored form: {@code enc:v1:} + base64 of a random 12-byte nonce and the ciphertext
 * with its tag. A value without that prefix was written before encryption existed: it is read as it
 * is and rewritten encrypted at start ({@link SecretsAtRest}).
 */
@ApplicationScoped
public class SecretBox {

  static final String PREFIX = "enc:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  SecretBox(@ConfigProperty(name = "omnichannel.secret-key") Optional<String> configured) {
    this.key = new SecretKeySpec(decodeKey(configured), "AES");
  }

  private static byte[] decodeKey(Optional<String> configured) {
    String value =
        configured
            .filter(v -> !v.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Set OMNICHANNEL_SECRET_KEY (base64 of 32 random bytes, e.g. `openssl rand"
                            + " -base64 32`): it encrypts provider secrets at rest"));
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("OMNICHANNEL_SECRET_KEY is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("OMNICHANNEL_SECRET_KEY must decode to 32 bytes");
    }
    return bytes;
  }

  String seal(Secret secret) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  Secret open(String stored) {
    if (!isSealed(stored)) {
      return new Secret(stored);
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new Secret(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored secret cannot be decrypted: is OMNICHANNEL_SECRET_KEY the one it was written"
              + " with?");
    }
  }

  static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /**
   * An HMAC-SHA256 of {@code data} under a key derived from the secret key for {@code purpose}, so
   * a signature made for one use never serves another and never reveals the encryption key.
   */
  byte[] sign(String purpose, String data) {
    try {
      javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      byte[] purposeKey = derive.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
      return mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
