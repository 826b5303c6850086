package io.lineup.web.job;

import io.lineup.common.LineupException;
import io.lineup.job.Format;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.load.FirstRecords;
import io.lineup.source.FileNames;
import io.lineup.source.FileStore;
import io.lineup.source.FileStores;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first rows of a job's file, from its own source (the drop root or its SFTP connection) and
 * read as the import reads it (compression, character set, BOM, format), for the mapping step.
 */
@Component
class FilePreview {

  /** The rows read, or why none could be. */
  record Preview(List<List<String>> rows, String problem) {}

  static final int ROWS = 6;

  private final FileStores stores;
  private final Clock clock;

  FilePreview(FileStores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  Preview of(Source source, Format format) {
    if (source.type() == SourceType.SFTP && source.connectionId() == null) {
      return new Preview(List.of(), "Choose the SFTP connection first");
    }
    String name = source.path();
    try {
      name = FileNames.resolve(source.path(), source.zone(), clock.instant());
      try (FileStore store = stores.open(source)) {
        if (!store.exists(name)) {
          return new Preview(List.of(), "File " + name + " was not found in " + store.where());
        }
        List<List<String>> rows = FirstRecords.read(store.open(name), name, format, ROWS);
        return new Preview(rows, rows.isEmpty() ? "The file is empty" : null);
      }
    } catch (LineupException | IOException | DateTimeException | IllegalArgumentException e) {
      return new Preview(List.of(), "Cannot preview " + name + ": " + e.getMessage());
    }
  }
}
