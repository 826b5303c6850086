package io.lineup.web.job;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lineup.common.LineupException;
import io.lineup.job.Compression;
import io.lineup.job.Format;
import io.lineup.source.DropRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/** The first rows of a file in the drop root, read with the job's format, for the mapping step. */
@Component
class FilePreview {

  /** The rows read, or why none could be. */
  record Preview(List<List<String>> rows, String problem) {}

  static final int ROWS = 6;

  private final DropRoot dropRoot;

  FilePreview(DropRoot dropRoot) {
    this.dropRoot = dropRoot;
  }

  Preview of(String path, Format format) {
    try {
      Path file = dropRoot.resolve(path);
      if (!Files.isRegularFile(file)) {
        return new Preview(List.of(), "File " + path + " was not found in the drop root");
      }
      try (InputStream raw = Files.newInputStream(file);
          InputStream in =
              format.compression() == Compression.GZIP ? new GZIPInputStream(raw) : raw;
          CsvReader<CsvRecord> csv =
              CsvReader.builder()
                  .fieldSeparator(format.delimiterChar())
                  .quoteCharacter(format.qualified() ? format.qualifier().charAt(0) : '\u0000')
                  .commentStrategy(CommentStrategy.NONE)
                  .skipEmptyLines(true)
                  .allowExtraFields(true)
                  .allowMissingFields(true)
                  .ofCsvRecord(new InputStreamReader(in, Charset.forName(format.charset())))) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord record : csv) {
          rows.add(record.getFields());
          if (rows.size() == ROWS) {
            break;
          }
        }
        return new Preview(rows, rows.isEmpty() ? "The file is empty" : null);
      }
    } catch (LineupException | IOException | IllegalArgumentException e) {
      return new Preview(List.of(), "Cannot preview " + path + ": " + e.getMessage());
    }
  }
}
