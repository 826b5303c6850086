package io.lineup.load;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lineup.job.Format;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;

/**
 * Streams the records of a file: never more than one record in memory. Bytes that are not valid in
 * the job's character set fail the run rather than being silently replaced.
 */
final class RecordReader implements AutoCloseable, Iterator<SourceRecord> {

  /** No character that can appear in a decoded text file: used when a format has no qualifier. */
  private static final char NO_QUALIFIER = '\u0000';

  private final String name;
  private final CountingInputStream counted;
  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;

  RecordReader(Path file, String name, Format format) throws IOException {
    this.name = name;
    this.counted = new CountingInputStream(Files.newInputStream(file));
    Reader reader;
    try {
      InputStream in = counted;
      if (format.compression() == io.lineup.job.Compression.GZIP) {
        in = new GZIPInputStream(in, 64 * 1024);
      }
      reader = skipBom(decoder(in, Charset.forName(format.charset())));
    } catch (IOException e) {
      counted.close();
      throw unreadable(name, e);
    }
    this.csv =
        CsvReader.builder()
            .fieldSeparator(format.delimiterChar())
            .quoteCharacter(format.qualified() ? format.qualifier().charAt(0) : NO_QUALIFIER)
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(reader);
    this.records = csv.iterator();
  }

  long bytesRead() {
    return counted.count();
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw unreadable(name, e.getCause());
    }
  }

  @Override
  public SourceRecord next() {
    try {
      CsvRecord record = records.next();
      return new SourceRecord(record.getStartingLineNumber(), record.getFields());
    } catch (UncheckedIOException e) {
      throw unreadable(name, e.getCause());
    }
  }

  static ImportFailedException unreadable(String name, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new ImportFailedException(
          "File " + name + " cannot be read: it has bytes that are not valid in its character set",
          e);
    }
    return new ImportFailedException("File " + name + " cannot be read: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  private static Reader decoder(InputStream in, Charset charset) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        64 * 1024);
  }

  private static Reader skipBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }
}
