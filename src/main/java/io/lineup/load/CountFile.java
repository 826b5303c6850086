package io.lineup.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A record-count file: the number of data records (header excluded), alone, in ASCII digits. */
final class CountFile {

  private static final int MAX_BYTES = 64;

  private CountFile() {}

  static long read(InputStream in, String name) {
    try (in) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      String text = new String(bytes, StandardCharsets.US_ASCII).strip();
      if (bytes.length > MAX_BYTES || !text.matches("[0-9]{1,18}")) {
        throw new ImportFailedException(
            "Count file " + name + " must hold only the number of records, e.g. 1250");
      }
      return Long.parseLong(text);
    } catch (IOException e) {
      throw new ImportFailedException(
          "Count file " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  static void agree(long expected, long found, String countName, String dataName) {
    if (expected != found) {
      throw new ImportFailedException(
          "Count file "
              + countName
              + " says "
              + expected
              + " records but "
              + dataName
              + " has "
              + found
              + ": nothing was imported");
    }
  }
}
