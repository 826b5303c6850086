package io.lineup.job;

/**
 * How the file is written. Anything left out takes the default: comma, double quote, a header row,
 * UTF-8, no compression, dates {@code yyyy-MM-dd}, timestamps {@code yyyy-MM-dd HH:mm:ss}, no
 * record-count file.
 *
 * @param delimiter one character between fields
 * @param qualifier the character that quotes a field, or empty for none
 * @param header whether the first record names the columns; without one, columns are 1, 2, ...
 * @param datePattern how DATE values are written ({@link java.time.format.DateTimeFormatter})
 * @param timestampPattern how TIMESTAMP values are written
 * @param countFile a file, beside the data file, holding the number of data records; when given,
 *     the run fails and keeps nothing unless the data file has exactly that many
 */
public record Format(
    String delimiter,
    String qualifier,
    Boolean header,
    String charset,
    Compression compression,
    String datePattern,
    String timestampPattern,
    String countFile) {

  public static final String DEFAULT_DATE = "yyyy-MM-dd";
  public static final String DEFAULT_TIMESTAMP = "yyyy-MM-dd HH:mm:ss";

  public Format {
    delimiter = delimiter == null ? "," : delimiter;
    qualifier = qualifier == null ? "\"" : qualifier;
    header = header == null || header;
    charset = charset == null ? "UTF-8" : charset;
    compression = compression == null ? Compression.NONE : compression;
    datePattern = datePattern == null || datePattern.isEmpty() ? DEFAULT_DATE : datePattern;
    timestampPattern =
        timestampPattern == null || timestampPattern.isEmpty()
            ? DEFAULT_TIMESTAMP
            : timestampPattern;
    countFile = countFile == null || countFile.isEmpty() ? null : countFile;
  }

  public Format(
      String delimiter, String qualifier, Boolean header, String charset, Compression compression) {
    this(delimiter, qualifier, header, charset, compression, null, null, null);
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
