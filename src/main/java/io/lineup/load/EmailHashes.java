package io.lineup.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The hashes a profile list keeps of each address: of the address in lower case, as hex. */
final class EmailHashes {

  private EmailHashes() {}

  static String md5(Object email) {
    return hash("MD5", email);
  }

  static String sha256(Object email) {
    return hash("SHA-256", email);
  }

  private static String hash(String algorithm, Object email) {
    if (email == null) {
      return null;
    }
    try {
      byte[] bytes = email.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JVM", e);
    }
  }
}
