package io.lineup.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The hashes a profile list keeps of each address: of the address in lower case, as hex. */
final class EmailHashes {

  // a digest is not thread-safe, and looking one up costs more than hashing an address
  private static final ThreadLocal<MessageDigest> MD5 = digest("MD5");
  private static final ThreadLocal<MessageDigest> SHA256 = digest("SHA-256");
  private static final HexFormat HEX = HexFormat.of();

  private EmailHashes() {}

  static String md5(Object email) {
    return hash(MD5.get(), email);
  }

  static String sha256(Object email) {
    return hash(SHA256.get(), email);
  }

  private static String hash(MessageDigest digest, Object email) {
    if (email == null) {
      return null;
    }
    byte[] bytes = email.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return HEX.formatHex(digest.digest(bytes));
  }

  private static ThreadLocal<MessageDigest> digest(String algorithm) {
    return ThreadLocal.withInitial(
        () -> {
          try {
            return MessageDigest.getInstance(algorithm);
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JVM", e);
          }
        });
  }
}
