package io.lineup.load;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.lineup.job.Format;
import java.io.StringWriter;
import java.util.List;

/** Writes one record back in the job's own format, for the rejected-records file. */
final class CsvLines {

  private CsvLines() {}

  static String line(Format format, List<String> fields) {
    StringWriter out = new StringWriter();
    CsvWriter.builder()
        .fieldSeparator(format.delimiterChar())
        .quoteCharacter(format.qualified() ? format.qualifier().charAt(0) : '"')
        .lineDelimiter(LineDelimiter.LF)
        .build(out)
        .writeRecord(fields);
    String line = out.toString();
    return line.substring(0, line.length() - 1);
  }
}
