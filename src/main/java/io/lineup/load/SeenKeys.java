package io.lineup.load;

import io.lineup.job.Compression;
import io.lineup.job.Format;
import java.util.List;

/**
 * The keys an import has seen, as a Bloom filter: memory stays fixed however long the file is. It
 * can answer "maybe seen" for a key it has not seen, never "not seen" for one it has.
 */
final class SeenKeys {

  private static final int HASHES = 3;
  private static final int MAX_LOG2_BITS = 27;

  private final long[] bits;
  private final long mask;

  /**
   * @param log2Bits the filter holds 2^log2Bits bits (2^27 = 16 MB keeps false alarms under 1 % for
   *     10 million keys)
   */
  SeenKeys(int log2Bits) {
    if (log2Bits < 6 || log2Bits > 30) {
      throw new IllegalArgumentException("log2Bits must be 6 to 30, was " + log2Bits);
    }
    this.bits = new long[1 << (log2Bits - 6)];
    this.mask = (1L << log2Bits) - 1;
  }

  /**
   * A filter for the records of a file of {@code bytes}: about ten bits for each record it could
   * hold (a record takes at least eight bytes), at most 16 MB. A compressed file gets the largest.
   */
  static SeenKeys forFile(long bytes, Format format) {
    if (format.compression() != Compression.NONE) {
      return new SeenKeys(MAX_LOG2_BITS);
    }
    int log2 = 64 - Long.numberOfLeadingZeros(Math.max(bytes, 1));
    return new SeenKeys(Math.max(16, Math.min(MAX_LOG2_BITS, log2 + 1)));
  }

  /** Adds the key; true when it was maybe seen before. */
  boolean add(List<Object> key) {
    long h = 0;
    for (Object part : key) {
      h = h * 0x9E3779B97F4A7C15L + hash(part);
    }
    long h1 = mix(h);
    long h2 = mix(h ^ 0x5851F42D4C957F2DL) | 1;
    boolean seen = true;
    for (int i = 0; i < HASHES; i++) {
      long bit = (h1 + i * h2) & mask;
      int word = (int) (bit >>> 6);
      long flag = 1L << bit;
      if ((bits[word] & flag) == 0) {
        seen = false;
        bits[word] |= flag;
      }
    }
    return seen;
  }

  private static long hash(Object part) {
    if (part instanceof String s) {
      long h = 0xCBF29CE484222325L;
      for (int i = 0; i < s.length(); i++) {
        h = (h ^ s.charAt(i)) * 0x100000001B3L;
      }
      return h;
    }
    return part == null ? 0 : part.hashCode();
  }

  /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
