package io.lineup.connection;

import io.lineup.common.LineupException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest with AES-GCM under the key in {@code lineup.secret-key} ({@code
 * LINEUP_SECRET_KEY}, 16, 24 or 32 bytes in base64). Each secret gets its own random 12-byte nonce,
 * stored in front of the cipher text.
 */
@Component
public class SecretBox {

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  SecretBox(@Value("${lineup.secret-key:}") String base64Key) {
    this.key = base64Key.isBlank() ? null : new SecretKeySpec(decodeKey(base64Key), "AES");
  }

  static final String NO_KEY =
      "cannot be saved: set lineup.secret-key (LINEUP_SECRET_KEY) to 32 random bytes in base64,"
          + " e.g. from 'openssl rand -base64 32'";

  boolean configured() {
    return key != null;
  }

  String seal(String secret) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a secret", e);
    }
  }

  String open(String sealed) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
      return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecretKeyException(
          "A saved secret cannot be decrypted: lineup.secret-key is not the key it was saved with");
    }
  }

  private SecretKeySpec key() {
    if (key == null) {
      throw new SecretKeyException(
          "No secret key: set lineup.secret-key (LINEUP_SECRET_KEY) to 32 random bytes in base64,"
              + " e.g. from 'openssl rand -base64 32'");
    }
    return key;
  }

  private static byte[] decodeKey(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("lineup.secret-key must be base64");
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalStateException("lineup.secret-key must be 16, 24 or 32 bytes in base64");
    }
    return bytes;
  }

  /** Secrets cannot be sealed or opened with the configured key. */
  public static class SecretKeyException extends LineupException {
    SecretKeyException(String message) {
      super(message);
    }
  }
}
