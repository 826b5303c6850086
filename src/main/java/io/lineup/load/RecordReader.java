package io.lineup.load;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lineup.job.Format;
import java.io.BufferedInputStream;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

  private ZipInputStream zip;

  RecordReader(Path file, String name, Format format) throws IOException {
    this(Files.newInputStream(file), name, format);
  }

  /** Reads {@code in}, which it closes. */
  RecordReader(InputStream in, String name, Format format) throws IOException {
    this.name = name;
    this.counted = new CountingInputStream(in);
    Reader reader;
    try {
      reader = skipBom(decoder(decompressed(format), Charset.forName(format.charset())));
    } catch (IOException e) {
      counted.close();
      throw unreadable(name, e);
    } catch (RuntimeException e) {
      counted.close();
      throw e;
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

  private InputStream decompressed(Format format) throws IOException {
    return switch (format.compression()) {
      case NONE -> counted;
      case GZIP -> new GZIPInputStream(counted, 64 * 1024);
      case ZIP -> {
        zip = new ZipInputStream(new BufferedInputStream(counted, 64 * 1024));
        ZipEntry entry = zip.getNextEntry();
        while (entry != null && entry.isDirectory()) {
          entry = zip.getNextEntry();
        }
        if (entry == null) {
          throw new ImportFailedException("File " + name + " is a ZIP archive with no file in it");
        }
        yield zip;
      }
    };
  }

  long bytesRead() {
    return counted.count();
  }

  @Override
  public boolean hasNext() {
    try {
      boolean more = records.hasNext();
      if (!more && zip != null) {
        onlyOneEntry();
      }
      return more;
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

  /** A ZIP archive must hold one file: which one to import is otherwise a guess. */
  private void onlyOneEntry() {
    try {
      ZipEntry next = zip.getNextEntry();
      while (next != null && next.isDirectory()) {
        next = zip.getNextEntry();
      }
      if (next != null) {
        throw new ImportFailedException(
            "File " + name + " is a ZIP archive with more than one file: it must hold exactly one");
      }
      zip = null;
    } catch (IOException e) {
      throw unreadable(name, e);
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
