package io.lineup.job;

/**
 * How the file is written. Anything left out takes the default: comma, double quote, a header row,
 * UTF-8, no compression.
 *
 * @param delimiter one character between fields
 * @param qualifier the character that quotes a field, or empty for none
 * @param header whether the first record names the columns; without one, columns are 1, 2, ...
 */
public record Format(
    String delimiter, String qualifier, Boolean header, String charset, Compression compression) {

  public Format {
    delimiter = delimiter == null ? "," : delimiter;
    qualifier = qualifier == null ? "\"" : qualifier;
    header = header == null || header;
    charset = charset == null ? "UTF-8" : charset;
    compression = compression == null ? Compression.NONE : compression;
  }

  public static Format csv() {
    return new Format(null, null, null, null, null);
  }

  public char delimiterChar() {
    return delimiter.charAt(0);
  }

  public boolean qualified() {
    return !qualifier.isEmpty();
  }
}
