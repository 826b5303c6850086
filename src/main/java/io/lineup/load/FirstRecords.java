package io.lineup.load;

import io.lineup.job.Format;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The first records of a file, read exactly as an import reads them: for a preview. */
public final class FirstRecords {

  private FirstRecords() {}

  /** Up to {@code max} records of {@code in}, which it closes. */
  public static List<List<String>> read(InputStream in, String name, Format format, int max)
      throws IOException {
    try (RecordReader reader = new RecordReader(in, name, format)) {
      List<List<String>> rows = new ArrayList<>();
      while (rows.size() < max && reader.hasNext()) {
        rows.add(reader.next().fields());
      }
      return rows;
    }
  }
}
