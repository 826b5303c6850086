package io.lineup.load;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.lineup.job.Format;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes one record back in the job's own format, for the rejected-records file. */
final class CsvLines {

  private CsvLines() {}

  static String line(Format format, List<String> fields) {
    StringWriter out = new StringWriter();
    try (CsvWriter csv =
        CsvWriter.builder()
            .fieldSeparator(format.delimiterChar())
            .quoteCharacter(format.qualified() ? format.qualifier().charAt(0) : '"')
            .lineDelimiter(LineDelimiter.LF)
            .build(out)) {
      csv.writeRecord(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String line = out.toString();
    return line.substring(0, line.length() - 1);
  }
}
